/**
 * The second layer by hand: Z² = W²A¹ + b² (ten terms, the switched-off nodes' zeros left out
 * of the working) and A² = softmax(Z²), as the engine does it, the column's largest score
 * subtracted first.
 */
import { dotProduct } from '../explain/explain';
import type { Matrix } from '../matrix';
import { expTerms } from '../explain/softmax-vector';
import type { MatrixName } from '../symbols';
import { columnOf, line, of, ref, rowOf, sizeOf, value, type HandQuestion } from './question';
import type { HandTrail } from './trail';

type Need = (name: MatrixName) => Matrix;

/** Z²[o, j] = Σₖ W²[o, k] A¹[k, j] + b²[o], ten terms, each worked out. */
export function outputSumQuestion(need: Need, t: HandTrail): HandQuestion {
	const [o, j] = [t.output, t.image];
	const a1 = need('A1');
	const d = dotProduct(need('W2'), a1, need('b2'), o, j);
	const hidden = a1.shape[0];
	const keys = Array.from({ length: hidden }, (_, k) => k);
	// A¹'s zeros (nodes switched off) add nothing: their lines would only say 0.
	const live = d.terms.filter((k) => k.input !== 0);
	return {
		step: 'Z2',
		asked: ref('Z2', o, j),
		cell: [o, j],
		given: [
			{
				kind: 'table',
				letter: 'k',
				keys,
				rows: [
					{ symbol: 'W2', pattern: [o, null], values: rowOf(need('W2'), o) },
					{ symbol: 'A1', pattern: [null, j], values: columnOf(a1, j) }
				]
			},
			value(d.bias, ref('b2', o))
		],
		working: [
			...live.map((k) =>
				line(
					undefined,
					'product',
					[of(k.weight, ref('W2', o, k.k)), of(k.input, ref('A1', k.k, j))],
					k.product
				)
			),
			line(ref('Z2', o, j), 'sum', [...live.map((k) => k.product), d.bias], d.total)
		],
		answer: d.total,
		scale: sizeOf(d.terms.map((k) => k.product)) + Math.abs(d.bias)
	};
}

/** A²[o, j] = e^(Z²[o, j] − max) / Σₖ e^(Z²[k, j] − max), the engine's stable softmax. */
export function softmaxQuestion(need: Need, t: HandTrail): HandQuestion {
	const [o, j] = [t.output, t.image];
	const z = columnOf(need('Z2'), j);
	const e = expTerms(z, 'stable');
	const answer = e.probabilities[o];
	return {
		step: 'A2',
		asked: ref('A2', o, j),
		cell: [o, j],
		given: [
			{
				kind: 'table',
				letter: 'k',
				keys: z.map((_, k) => k),
				rows: [{ symbol: 'Z2', pattern: [null, j], values: z }]
			}
		],
		working: [
			line('the largest score, max', 'max', z, e.max),
			...e.shifted.map((s, k) => line(undefined, 'exp', [of(s, ref('Z2', k, j))], e.exps[k])),
			line('their sum, S', 'sum', e.exps, e.sum),
			line(ref('A2', o, j), 'quotient', [e.exps[o], e.sum], answer)
		],
		answer,
		scale: Math.abs(answer)
	};
}
