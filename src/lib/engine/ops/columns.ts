/**
 * Operations between a matrix and a column vector, the shapes of the biases: b is r × 1 and
 * is added to every one of Z's m columns ("broadcast"); db sums each row over the m columns.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

/**
 * A + b with b (r × 1) added to every column of A (r × c): Z = WA + b.
 * @example addColumn(matrix(2, 2, [1, 2, 3, 4]), matrix(2, 1, [10, 20])) // [[11, 12], [23, 24]]
 */
export function addColumn(a: Matrix, b: Matrix): Matrix {
	const [rows, cols] = a.shape;
	if (b.shape[1] !== 1 || b.shape[0] !== rows) {
		throw new ShapeError(
			`addColumn: ${shapeTag(a.shape)} + ${shapeTag(b.shape)}, the column must be [${rows}×1]`
		);
	}
	const out = new Float64Array(rows * cols);
	for (let i = 0; i < rows; i++) {
		const bi = b.data[i];
		const ri = i * cols;
		for (let j = 0; j < cols; j++) out[ri + j] = a.data[ri + j] + bi;
	}
	return fromData(rows, cols, out);
}

/**
 * Σⱼ A[i, j] for every row i: an r × 1 column. db = (1/m) Σⱼ dZ[:, j] is this times 1/m —
 * one number per node, not the widely copied notebook's single sum over every entry.
 * @example sumRows(matrix(2, 2, [1, 2, 3, 4])) // [[3], [7]]
 */
export function sumRows(a: Matrix): Matrix {
	const [rows, cols] = a.shape;
	const out = new Float64Array(rows);
	for (let i = 0; i < rows; i++) {
		let sum = 0;
		for (let j = 0; j < cols; j++) sum += a.data[i * cols + j];
		out[i] = sum;
	}
	return fromData(rows, 1, out);
}

/**
 * The columns listed in `indices`, in that order: a mini-batch's images out of X.
 * @example pickColumns(matrix(1, 3, [7, 8, 9]), [2, 0]) // [[9, 7]]
 */
export function pickColumns(a: Matrix, indices: ArrayLike<number>): Matrix {
	const [rows, cols] = a.shape;
	const n = indices.length;
	for (let j = 0; j < n; j++) {
		const c = indices[j];
		if (!Number.isInteger(c) || c < 0 || c >= cols) {
			throw new RangeError(`pickColumns: column ${c} is outside ${shapeTag(a.shape)}`);
		}
	}
	const out = new Float64Array(rows * n);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < n; j++) out[i * n + j] = a.data[i * cols + indices[j]];
	}
	return fromData(rows, n, out);
}

/**
 * Rows `start` to `start + count − 1`: a window onto a tall matrix such as X (784 × m), so a
 * view can show a few pixel rows at a legible size.
 * @example sliceRows(matrix(3, 1, [7, 8, 9]), 1, 2) // [[8], [9]]
 */
export function sliceRows(a: Matrix, start: number, count: number): Matrix {
	const [rows, cols] = a.shape;
	if (
		!Number.isInteger(start) ||
		!Number.isInteger(count) ||
		start < 0 ||
		count < 0 ||
		start + count > rows
	) {
		throw new RangeError(
			`sliceRows: rows ${start}..${start + count - 1} are outside ${shapeTag(a.shape)}`
		);
	}
	return fromData(count, cols, a.data.slice(start * cols, (start + count) * cols));
}
