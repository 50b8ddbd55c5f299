/**
 * A² = softmax(Z²), column by column: A[i, j] = e^{Z[i, j]} / Σₖ e^{Z[k, j]}.
 *
 * Each column's maximum M is subtracted first: e^{z−M} / Σ e^{z−M} is the same fraction
 * (the e^{−M} cancels), but the largest exponent is now e⁰ = 1, so nothing overflows, where
 * the notebook's exp(Z) / sum(exp(Z)) gives ∞/∞ = NaN once a logit passes about 709.
 */
import { fromData, type Matrix } from './matrix';

/**
 * The softmax of every column of `z`; each column of the result is positive and sums to 1.
 * @example softmax(matrix(4, 1, [1.3, 5.1, 2.2, 0.7])) // ≈ [.02, .92, .05, .01] (the notes say .90)
 */
export function softmax(z: Matrix): Matrix {
	const [rows, cols] = z.shape;
	const zd = z.data;
	const out = new Float64Array(rows * cols);
	const max = new Float64Array(cols).fill(-Infinity);
	const sum = new Float64Array(cols);
	// Row by row, so every pass streams through memory; columns are independent.
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) if (zd[i * cols + j] > max[j]) max[j] = zd[i * cols + j];
	}
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			const e = Math.exp(zd[i * cols + j] - max[j]);
			out[i * cols + j] = e;
			sum[j] += e;
		}
	}
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) out[i * cols + j] /= sum[j];
	}
	return fromData(rows, cols, out);
}
