/**
 * C = A·B, the product behind Z¹ = W¹A⁰ and Z² = W²A¹: C[i, j] = Σₖ A[i, k] B[k, j].
 *
 * Zero entries are skipped, which matters because 81% of MNIST's pixels are 0: in W¹X the
 * sparse operand is X, on the right. Every entry is still summed over k in ascending order
 * from +0, so the result is bit for bit the plain triple loop's whichever path runs (a skipped
 * term 0·b adds ±0, which changes no sum; only 0·∞ = NaN is lost, and a non-finite operand
 * would have been caught by the divergence check of the step that produced it).
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';
import { mostlyZero, sparseColumns } from './sparsity';

/**
 * The matrix product of `a` (r × n) and `b` (n × c), an r × c matrix.
 * @example matmul(matrix(1, 2, [1, 2]), matrix(2, 1, [3, 4])) // [[11]]
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
	const [rows, inner] = a.shape;
	const [innerB, cols] = b.shape;
	if (inner !== innerB) {
		throw new ShapeError(
			`matmul: ${shapeTag(a.shape)}·${shapeTag(b.shape)}, inner dims ${inner} ≠ ${innerB}`
		);
	}
	const out = new Float64Array(rows * cols);
	if (mostlyZero(b.data)) sparseRight(a.data, b, out, rows, inner, cols);
	else sparseLeft(a.data, b.data, out, rows, inner, cols);
	return fromData(rows, cols, out);
}

/** Order i-k-j: row i of C gathers a[i, k] · (row k of B), skipping a[i, k] = 0. */
function sparseLeft(
	a: Float64Array,
	b: Float64Array,
	out: Float64Array,
	rows: number,
	inner: number,
	cols: number
): void {
	for (let i = 0; i < rows; i++) {
		const ci = i * cols;
		for (let k = 0; k < inner; k++) {
			const aik = a[i * inner + k];
			if (aik === 0) continue;
			const bk = k * cols;
			for (let j = 0; j < cols; j++) out[ci + j] += aik * b[bk + j];
		}
	}
}

/**
 * Column j of C from column j of B's nonzeros only (listed once per matrix): C[i, j] sums
 * A[i, k] B[k, j] over the k with B[k, j] ≠ 0, ascending, so the work is rows × (nonzeros
 * of B). Rows go four at a time with their sums in locals; A is read through a transposed
 * copy padded with zero rows to whole blocks of four, so those four numbers sit side by side.
 */
function sparseRight(
	a: Float64Array,
	b: Matrix,
	out: Float64Array,
	rows: number,
	inner: number,
	cols: number
): void {
	const { start, index, values } = sparseColumns(b);
	const padded = Math.ceil(rows / 4) * 4;
	const aT = new Float64Array(padded * inner);
	for (let i = 0; i < rows; i++) {
		for (let k = 0; k < inner; k++) aT[k * padded + i] = a[i * inner + k];
	}
	for (let i0 = 0; i0 < rows; i0 += 4) {
		for (let j = 0; j < cols; j++) {
			let s0 = 0;
			let s1 = 0;
			let s2 = 0;
			let s3 = 0;
			for (let q = start[j]; q < start[j + 1]; q++) {
				const bkj = values[q];
				const ak = index[q] * padded + i0;
				s0 += aT[ak] * bkj;
				s1 += aT[ak + 1] * bkj;
				s2 += aT[ak + 2] * bkj;
				s3 += aT[ak + 3] * bkj;
			}
			out[i0 * cols + j] = s0;
			if (i0 + 1 < rows) out[(i0 + 1) * cols + j] = s1;
			if (i0 + 2 < rows) out[(i0 + 2) * cols + j] = s2;
			if (i0 + 3 < rows) out[(i0 + 3) * cols + j] = s3;
		}
	}
}
