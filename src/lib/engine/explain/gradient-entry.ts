/**
 * One entry of a weight gradient taken apart: dW[i, k] = (1/m) Σⱼ dZ[i, j] A[k, j], node i's
 * error for image j times input k's value for that image, summed over the m images and
 * scaled by 1/m. With A = A¹ it is dW²; with A = X it is dW¹.
 */
import { ShapeError, shapeTag, type Matrix } from '../matrix';
import { mostlyZero } from '../ops/sparsity';

export interface GradientTerm {
	/** The image, 0 .. m − 1. */
	readonly j: number;
	/** dZ[i, j] */
	readonly error: number;
	/** A[k, j] */
	readonly input: number;
	/** error · input */
	readonly product: number;
}

export interface GradientEntry {
	/** One term per image. */
	readonly terms: readonly GradientTerm[];
	/** The images whose input is not 0; the others add exactly 0. */
	readonly nonzero: readonly GradientTerm[];
	/** Σⱼ dZ[i, j] A[k, j] */
	readonly sum: number;
	/** 1/m */
	readonly scale: number;
	/** (1/m) · sum = dW[i, k] */
	readonly total: number;
}

/**
 * dW[i, k] term by term. As matmulBT does, j runs upward from a sum of +0 and skips A's zeros
 * when A is mostly zeros (X); the scaling is (1/m) · sum as the lesson's scale() does, so
 * `total` is the lesson's dW entry bit for bit.
 * @example gradientEntry(dZ2, A1, 3, 5).total === dW2.data[3 * 10 + 5] // true
 */
export function gradientEntry(dZ: Matrix, A: Matrix, i: number, k: number): GradientEntry {
	const [rows, m] = dZ.shape;
	const [inputs, mA] = A.shape;
	if (m !== mA) {
		throw new ShapeError(
			`gradientEntry: ${shapeTag(dZ.shape)}·${shapeTag(A.shape)}ᵀ, ${m} ≠ ${mA}`
		);
	}
	const inside = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
	if (!inside(i, rows) || !inside(k, inputs)) {
		throw new RangeError(`gradientEntry: (${i}, ${k}) is outside the result [${rows}×${inputs}]`);
	}
	const skipZeros = mostlyZero(A.data);
	const terms: GradientTerm[] = [];
	let sum = 0;
	for (let j = 0; j < m; j++) {
		const error = dZ.data[i * m + j];
		const input = A.data[k * m + j];
		const term = { j, error, input, product: error * input };
		terms.push(term);
		if (!skipZeros || input !== 0) sum += term.product;
	}
	const scale = 1 / m;
	return {
		terms,
		nonzero: terms.filter((t) => t.input !== 0),
		sum,
		scale,
		total: scale * sum
	};
}
