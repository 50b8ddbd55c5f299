/**
 * The gradients by hand: dW[i, k] = (1/m) Σⱼ dZ[i, j] A[k, j] and db[i] = (1/m) Σⱼ dZ[i, j],
 * sums over the m images. From the chapters' own term-by-term functions, which add in the
 * engine's order, so each answer is the lesson's entry bit for bit.
 */
import { rowSumTerms } from '../explain/explain';
import { gradientEntry } from '../explain/gradient-entry';
import type { Matrix } from '../matrix';
import type { MatrixName } from '../symbols';
import {
	line,
	of,
	ref,
	rowOf,
	sizeOf,
	value,
	type GivenTable,
	type HandQuestion
} from './question';
import type { HandTrail } from './trail';

type Need = (name: MatrixName) => Matrix;

const images = (m: number) => Array.from({ length: m }, (_, j) => j);

/** dW[i, k] = (1/m) Σⱼ dZ[i, j] A[k, j]: dW² with (dZ², A¹), dW¹ with (dZ¹, X). */
function weightGradient(
	need: Need,
	names: { dW: 'dW1' | 'dW2'; dZ: 'dZ1' | 'dZ2'; A: 'A1' | 'X' },
	i: number,
	k: number
): HandQuestion {
	const dZ = need(names.dZ);
	const A = need(names.A);
	const g = gradientEntry(dZ, A, i, k);
	const m = dZ.shape[1];
	const table: GivenTable = {
		kind: 'table',
		letter: 'j',
		keys: images(m),
		rows: [
			{ symbol: names.dZ, pattern: [i, null], values: rowOf(dZ, i) },
			{ symbol: names.A, pattern: [k, null], values: rowOf(A, k) }
		]
	};
	return {
		step: names.dW,
		asked: ref(names.dW, i, k),
		cell: [i, k],
		given: [table, value(m, 'm, the number of images')],
		working: [
			...g.terms.map((term) =>
				line(
					undefined,
					'product',
					[of(term.error, ref(names.dZ, i, term.j)), of(term.input, ref(names.A, k, term.j))],
					term.product
				)
			),
			line(
				'their sum',
				'sum',
				g.terms.map((term) => term.product),
				g.sum
			),
			line(ref(names.dW, i, k), 'scale', [m, g.sum], g.total)
		],
		answer: g.total,
		scale: sizeOf(g.terms.map((term) => term.product))
	};
}

/** db[i] = (1/m) Σⱼ dZ[i, j]: the average error of node i over the images. */
function biasGradient(need: Need, names: { db: 'db1' | 'db2'; dZ: 'dZ1' | 'dZ2' }, i: number) {
	const dZ = need(names.dZ);
	const r = rowSumTerms(dZ, i);
	const m = dZ.shape[1];
	const question: HandQuestion = {
		step: names.db,
		asked: ref(names.db, i),
		cell: [i, 0],
		given: [
			{
				kind: 'table',
				letter: 'j',
				keys: images(m),
				rows: [{ symbol: names.dZ, pattern: [i, null], values: rowOf(dZ, i) }]
			},
			value(m, 'm, the number of images')
		],
		working: [
			line(
				'their sum',
				'sum',
				r.terms.map((term) => term.value),
				r.sum
			),
			line(ref(names.db, i), 'scale', [m, r.sum], r.mean)
		],
		answer: r.mean,
		scale: sizeOf(r.terms.map((term) => term.value))
	};
	return question;
}

export const outputWeightQuestion = (need: Need, t: HandTrail) =>
	weightGradient(need, { dW: 'dW2', dZ: 'dZ2', A: 'A1' }, t.output, t.hidden);

export const outputBiasQuestion = (need: Need, t: HandTrail) =>
	biasGradient(need, { db: 'db2', dZ: 'dZ2' }, t.output);

export const hiddenWeightQuestion = (need: Need, t: HandTrail) =>
	weightGradient(need, { dW: 'dW1', dZ: 'dZ1', A: 'X' }, t.hidden, t.pixel);

export const hiddenBiasQuestion = (need: Need, t: HandTrail) =>
	biasGradient(need, { db: 'db1', dZ: 'dZ1' }, t.hidden);
