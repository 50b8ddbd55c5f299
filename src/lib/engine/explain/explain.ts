/**
 * One entry of a product, taken apart for a learner: every term of the sum it is made of.
 * Floating-point addition depends on order, so each sum here adds its terms in the order the
 * engine's op does and skips the zeros it skips; its result is therefore the entry the lesson
 * shows, bit for bit, not a near neighbour of it.
 */
import { ShapeError, shapeTag, type Matrix, type Shape } from '../matrix';
import { mostlyZero } from '../ops/sparsity';

/** Throws unless (i, j) is an entry of a result of `shape`, naming the function. */
export function checkEntry(name: string, shape: Shape, i: number, j: number): void {
	const [rows, cols] = shape;
	if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i >= rows || j < 0 || j >= cols) {
		throw new RangeError(`${name}: (${i}, ${j}) is outside the result ${shapeTag(shape)}`);
	}
}

export interface DotTerm {
	readonly k: number;
	readonly weight: number;
	readonly input: number;
	/** weight · input */
	readonly product: number;
}

export interface DotProduct {
	/** Every k, 0 .. n − 1. */
	readonly terms: readonly DotTerm[];
	/** The terms whose input is not 0, the only ones that can move the sum (81% of pixels are 0). */
	readonly nonzero: readonly DotTerm[];
	/** Σₖ weight · input */
	readonly sum: number;
	readonly bias: number;
	/** sum + bias = (W·A + b)[i, j] */
	readonly total: number;
}

/**
 * (W·A + b)[i, j] = Σₖ W[i, k] A[k, j] + b[i], term by term: Z¹[i, j] with W = W¹, A = X.
 * Like matmul, k runs upward from a sum of +0, and a term whose zero factor matmul skips
 * (A's zeros when A is mostly zeros, W's otherwise) is left out of the sum.
 * @example dotProduct(W1, X, b1, 3, 0).total === Z1.data[3 * m] // true
 */
export function dotProduct(W: Matrix, A: Matrix, b: Matrix, i: number, j: number): DotProduct {
	const [rows, inner] = W.shape;
	if (A.shape[0] !== inner || b.shape[0] !== rows || b.shape[1] !== 1) {
		throw new ShapeError(
			`dotProduct: ${shapeTag(W.shape)}·${shapeTag(A.shape)} + ${shapeTag(b.shape)} do not fit`
		);
	}
	checkEntry('dotProduct', [rows, A.shape[1]], i, j);
	const bias = b.data[i];
	const skipInputZeros = mostlyZero(A.data);
	const terms: DotTerm[] = [];
	let sum = 0;
	for (let k = 0; k < inner; k++) {
		const weight = W.data[i * inner + k];
		const input = A.data[k * A.shape[1] + j];
		const term = { k, weight, input, product: weight * input };
		terms.push(term);
		if ((skipInputZeros ? input : weight) !== 0) sum += term.product;
	}
	const nonzero = terms.filter((t) => t.input !== 0);
	return { terms, nonzero, sum, bias, total: sum + bias };
}

export interface RowSum {
	/** M[i, j] for every column j. */
	readonly terms: readonly { j: number; value: number }[];
	/** Σⱼ M[i, j] */
	readonly sum: number;
	/** (1/m) · sum: db[i] when M = dZ */
	readonly mean: number;
}

/**
 * db[i] = (1/m) Σⱼ dZ[i, j], the terms of row i and their sum, in sumRows's order; the mean
 * is (1/m) · sum, as the lesson's db step scales it (not sum / m, which can differ in the
 * last bit).
 */
export function rowSumTerms(M: Matrix, i: number): RowSum {
	const m = M.shape[1];
	checkEntry('rowSumTerms', [M.shape[0], 1], i, 0);
	const terms = Array.from({ length: m }, (_, j) => ({ j, value: M.data[i * m + j] }));
	let sum = 0;
	for (const t of terms) sum += t.value;
	return { terms, sum, mean: (1 / m) * sum };
}
