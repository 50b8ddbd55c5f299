/**
 * dZ² = A² − Y, derived for one column (one image) by the chain rule:
 *
 *   softmax's Jacobian   ∂aᵢ/∂z_k = aᵢ (δᵢₖ − a_k)          (10 × 10)
 *   cross-entropy        L = −Σᵢ yᵢ ln aᵢ,  ∂L/∂aᵢ = −yᵢ / aᵢ
 *   together             ∂L/∂z_k = Σᵢ (∂L/∂aᵢ)(∂aᵢ/∂z_k) = −y_k + a_k Σᵢ yᵢ = a_k − y_k,
 *
 * the last step because y is one-hot (Σᵢ yᵢ = 1). Here the product is computed term by term
 * from the Jacobian, so a learner can see it land on a − y, to rounding.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

/**
 * J[i, k] = ∂aᵢ/∂z_k = aᵢ (δᵢₖ − a_k) for a = softmax(z): aᵢ(1 − aᵢ) on the diagonal, −aᵢa_k off
 * it. Symmetric, and each row and column sums to 0 (the probabilities always sum to 1).
 * @example softmaxJacobian([0.5, 0.5]) // [[0.25, −0.25], [−0.25, 0.25]]
 */
export function softmaxJacobian(a: ArrayLike<number>): Matrix {
	const n = a.length;
	const out = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let k = 0; k < n; k++) out[i * n + k] = a[i] * ((i === k ? 1 : 0) - a[k]);
	}
	return fromData(n, n, out);
}

/**
 * ∂L/∂aᵢ = −yᵢ / aᵢ for one image's cross-entropy L = −Σᵢ yᵢ ln aᵢ: −1/a in the label's row,
 * and (−)0 in every other row, whose term of L is 0 whatever aᵢ is.
 */
export function crossEntropySlope(a: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
	if (a.length !== y.length) {
		throw new ShapeError(`crossEntropySlope: a has ${a.length} rows but y has ${y.length}`);
	}
	return Float64Array.from(a, (ai, i) => -y[i] / ai);
}

/** The product and a − y count as equal within this: rounding in float64 leaves ~1e-17. */
export const CHAIN_TOLERANCE = 1e-12;

/** Every number of the derivation for one column j of A² and Y. */
export interface OutputErrorChain {
	readonly column: number;
	/** A²[:, j] and Y[:, j]. */
	readonly a: Float64Array;
	readonly y: Float64Array;
	/** ∂a/∂z, 10 × 10. */
	readonly jacobian: Matrix;
	/** ∂L/∂a, one per row. */
	readonly slope: Float64Array;
	/** Jᵀ ∂L/∂a: the k-th entry is Σᵢ (∂L/∂aᵢ) J[i, k], summed over i in order. */
	readonly chain: Float64Array;
	/** a − y, the column of dZ² the lesson computes. */
	readonly aMinusY: Float64Array;
	/** max over k of |chain_k − (a_k − y_k)|: rounding only, NaN if a probability is 0. */
	readonly largestDifference: number;
	/** largestDifference ≤ CHAIN_TOLERANCE */
	readonly equal: boolean;
}

/** The chain rule for column `j`, from A² and the one-hot Y (both 10 × m). */
export function outputErrorChain(A2: Matrix, Y: Matrix, j: number): OutputErrorChain {
	const [rows, m] = A2.shape;
	if (Y.shape[0] !== rows || Y.shape[1] !== m) {
		throw new ShapeError(`outputErrorChain: A² ${shapeTag(A2.shape)} and Y ${shapeTag(Y.shape)}`);
	}
	if (!Number.isInteger(j) || j < 0 || j >= m) {
		throw new RangeError(`outputErrorChain: column ${j} is outside 0..${m - 1}`);
	}
	const a = Float64Array.from({ length: rows }, (_, i) => A2.data[i * m + j]);
	const y = Float64Array.from({ length: rows }, (_, i) => Y.data[i * m + j]);
	const jacobian = softmaxJacobian(a);
	const slope = crossEntropySlope(a, y);
	const chain = new Float64Array(rows);
	for (let k = 0; k < rows; k++) {
		let sum = 0;
		for (let i = 0; i < rows; i++) sum += slope[i] * jacobian.data[i * rows + k];
		chain[k] = sum;
	}
	const aMinusY = Float64Array.from(a, (ak, k) => ak - y[k]);
	let largestDifference = 0;
	for (let k = 0; k < rows; k++) {
		const d = Math.abs(chain[k] - aMinusY[k]);
		largestDifference = Number.isNaN(d) ? NaN : Math.max(largestDifference, d);
	}
	const equal = largestDifference <= CHAIN_TOLERANCE;
	return { column: j, a, y, jacobian, slope, chain, aMinusY, largestDifference, equal };
}
