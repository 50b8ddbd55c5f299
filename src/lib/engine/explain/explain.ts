/**
 * One entry of a product, taken apart for a learner: every term of the sum it is made of.
 * Floating-point addition depends on order, so each sum here adds its terms in the order the
 * engine's op does and skips the zeros it skips; its result is therefore the entry the lesson
 * shows, bit for bit, not a near neighbour of it.
 */
import { activatePrime } from '../activation';
import type { NetworkConfig } from '../config';
import { matrix, ShapeError, shapeTag, type Matrix, type Shape } from '../matrix';
import { mostlyZero } from '../ops/sparsity';

function checkEntry(name: string, shape: Shape, i: number, j: number): void {
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

export interface HiddenError {
	/** W²[k, i] · dZ²[k, j] for every output node k. */
	readonly terms: readonly { k: number; weight: number; error: number; product: number }[];
	/** (W²ᵀ dZ²)[i, j] = Σₖ W²[k, i] dZ²[k, j]: the error sent back to hidden node i. */
	readonly backprop: number;
	readonly z: number;
	/** g′(Z¹[i, j]): 1 or 0 for ReLU, 1 or the slope for Leaky ReLU. */
	readonly slope: number;
	/** backprop · slope = dZ¹[i, j] */
	readonly total: number;
}

/**
 * dZ¹[i, j] = (W²ᵀ dZ²)[i, j] · g′(Z¹[i, j]), term by term. As matmulAT does, k runs upward
 * and skips the k where W²[k, i] = 0.
 */
export function hadamardTerms(
	W2: Matrix,
	dZ2: Matrix,
	Z1: Matrix,
	i: number,
	j: number,
	network: Pick<NetworkConfig, 'activation' | 'leakySlope'>
): HiddenError {
	const [outputs, hidden] = W2.shape;
	if (dZ2.shape[0] !== outputs || Z1.shape[0] !== hidden || Z1.shape[1] !== dZ2.shape[1]) {
		throw new ShapeError(
			`hadamardTerms: ${shapeTag(W2.shape)}ᵀ·${shapeTag(dZ2.shape)} ⊙ ${shapeTag(Z1.shape)} do not fit`
		);
	}
	checkEntry('hadamardTerms', Z1.shape, i, j);
	const z = Z1.data[i * Z1.shape[1] + j];
	const terms = Array.from({ length: outputs }, (_, k) => {
		const weight = W2.data[k * hidden + i];
		const error = dZ2.data[k * dZ2.shape[1] + j];
		return { k, weight, error, product: weight * error };
	});
	let backprop = 0;
	for (const t of terms) if (t.weight !== 0) backprop += t.product;
	const slope = activatePrime(matrix(1, 1, [z]), network).data[0];
	return { terms, backprop, z, slope, total: backprop * slope };
}
