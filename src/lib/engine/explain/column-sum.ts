/**
 * Σᵢ M[i, j], sums down columns, always adding the rows in order from the top. For
 * A² = softmax(Z²) a column's sum is image j's total probability: 1 on paper, and within a
 * rounding of 1 in float64, which is what a learner checks when they add a column up. For
 * dZ² = A² − Y every column sums to 1 − 1 = 0, which is why the notebook's single-number
 * db² = (1/m) Σᵢ Σⱼ dZ²[i, j] is always about 0.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

export interface ColumnSum {
	/** M[i, j] for every row i. */
	readonly terms: readonly { i: number; value: number }[];
	/** Σᵢ M[i, j], adding i upward from 0. */
	readonly sum: number;
}

/**
 * The entries of column `j` and their sum, rows added in order from row 0.
 * @example columnSumTerms(matrix(2, 2, [0.25, 1, 0.75, 2]), 0).sum // 1
 */
export function columnSumTerms(M: Matrix, j: number): ColumnSum {
	const [rows, cols] = M.shape;
	if (rows === 0) throw new ShapeError(`columnSumTerms: ${shapeTag(M.shape)} has no rows`);
	if (!Number.isInteger(j) || j < 0 || j >= cols) {
		throw new RangeError(`columnSumTerms: column ${j} is outside ${shapeTag(M.shape)}`);
	}
	const terms = Array.from({ length: rows }, (_, i) => ({ i, value: M.data[i * cols + j] }));
	let sum = 0;
	for (const t of terms) sum += t.value;
	return { terms, sum };
}

/**
 * The sum of every column, as a 1 × c row; entry j is exactly `columnSumTerms(M, j).sum`.
 * @example sumColumns(matrix(2, 2, [1, 2, 3, 4])) // [[4, 6]]
 */
export function sumColumns(M: Matrix): Matrix {
	const [rows, cols] = M.shape;
	const out = new Float64Array(cols);
	for (let j = 0; j < cols; j++) {
		let sum = 0;
		for (let i = 0; i < rows; i++) sum += M.data[i * cols + j];
		out[j] = sum;
	}
	return fromData(1, cols, out);
}
