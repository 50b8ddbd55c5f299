/**
 * The errors by hand: dZ² = A² − Y at the image's own digit, and dZ¹ = W²ᵀdZ² ⊙ g′(Z¹), ten
 * terms sent back and then the switch of the activation's slope.
 */
import { hiddenErrorEntry } from '../explain/hidden-error';
import type { Matrix } from '../matrix';
import type { MatrixName } from '../symbols';
import {
	columnOf,
	line,
	of,
	ref,
	sizeOf,
	value,
	type HandQuestion,
	type HandSetup
} from './question';
import type { HandTrail } from './trail';

type Need = (name: MatrixName) => Matrix;

/** dZ²[o, j] = A²[o, j] − Y[o, j], where Y[o, j] is 1 when image j is the digit o. */
export function outputErrorQuestion(need: Need, t: HandTrail): HandQuestion {
	const [o, j] = [t.output, t.image];
	const a2 = need('A2');
	const y = need('Y');
	const a = a2.data[o * a2.shape[1] + j];
	const yo = y.data[o * y.shape[1] + j];
	const answer = a - yo;
	return {
		step: 'dZ2',
		asked: ref('dZ2', o, j),
		cell: [o, j],
		given: [value(a, ref('A2', o, j)), value(t.output, `the label of image ${j}`)],
		working: [
			line(ref('Y', o, j), 'onehot', [t.output, o], yo),
			line(ref('dZ2', o, j), 'difference', [of(a, ref('A2', o, j)), of(yo, ref('Y', o, j))], answer)
		],
		answer,
		scale: Math.abs(a) + Math.abs(yo)
	};
}

/** dZ¹[h, j] = (Σₖ W²[k, h] dZ²[k, j]) · g′(Z¹[h, j]): the error sent back, then switched. */
export function hiddenErrorQuestion(need: Need, t: HandTrail, setup: HandSetup): HandQuestion {
	const [h, j] = [t.hidden, t.image];
	const w2 = need('W2');
	const dz2 = need('dZ2');
	const z1 = need('Z1');
	const e = hiddenErrorEntry(w2, dz2, z1, h, j, setup.network);
	return {
		step: 'dZ1',
		asked: ref('dZ1', h, j),
		cell: [h, j],
		given: [
			{
				kind: 'table',
				letter: 'k',
				keys: e.terms.map((term) => term.k),
				rows: [
					{ symbol: 'W2', pattern: [null, h], values: columnOf(w2, h) },
					{ symbol: 'dZ2', pattern: [null, j], values: columnOf(dz2, j) }
				]
			},
			value(e.z, ref('Z1', h, j))
		],
		working: [
			...e.terms.map((term) =>
				line(
					undefined,
					'product',
					[of(term.weight, ref('W2', term.k, h)), of(term.error, ref('dZ2', term.k, j))],
					term.product
				)
			),
			line(
				'the error sent back to the node, their sum',
				'sum',
				e.terms.map((term) => term.product),
				e.backprop
			),
			line(undefined, 'slope', [of(e.z, ref('Z1', h, j))], e.slope),
			line(ref('dZ1', h, j), 'product', [e.backprop, e.slope], e.total)
		],
		answer: e.total,
		scale: sizeOf(e.terms.map((term) => term.product))
	};
}
