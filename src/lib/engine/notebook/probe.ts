/**
 * A right softmax line can still be the notebook's overflowing one: on the page's modest
 * scores exp(Z) / sum(exp(Z)) and the max-subtracted form give the same numbers. Softmax does
 * not change when a column's scores all grow by the same amount, so the line is run once more
 * with every score 800 higher (past e^z's limit of about 709.78): the engine's form still
 * gives the same probabilities, the direct form gives NaN.
 */
import { evaluate } from './evaluate';
import type { Scope } from './names';
import { matches } from './compare';
import { array, fromMatrix, toMatrix } from './ndarray';
import { naiveSoftmax } from './softmax-columns';

export const PROBE_SHIFT = 800;

/**
 * True when the A2 line `code`, with every score in Z2 800 higher, gives what the notebook's
 * softmax (the engine's softmaxNaive, column by column) gives there: NaN where it overflows.
 */
export function overflows(code: string, scope: Scope): boolean {
	const z = scope.values.Z2;
	if (!z) return false;
	const z2 = 'kind' in z ? z : fromMatrix(z);
	const shifted = array(
		z2.shape,
		z2.data.map((v) => v + PROBE_SHIFT),
		z2.dtype
	);
	try {
		const run = evaluate(code, { ...scope, values: { ...scope.values, Z2: shifted } });
		const a2 = run.assigned.get('A2') ?? run.last;
		if (a2?.kind !== 'array' || a2.data.every(Number.isFinite)) return false;
		return shifted.shape.length === 2 && matches(a2, naiveSoftmax(toMatrix(shifted)));
	} catch {
		return false;
	}
}
