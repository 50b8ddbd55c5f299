/**
 * C = A·Bᵀ without building Bᵀ: C[i, k] = Σⱼ A[i, j] B[k, j], a dot product of row i of A
 * with row k of B. This is dW = (1/m) dZ · (A⁰)ᵀ, where B = X is 784 × m and mostly zeros.
 * Every entry sums over j in ascending order, so both loop orders give the same bits.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';
import { mostlyZero, sparseRows } from './sparsity';

/**
 * The product of `a` (r × n) and the transpose of `b` (c × n), an r × c matrix.
 * @example matmulBT(matrix(1, 2, [1, 2]), matrix(1, 2, [3, 4])) // [[11]]
 */
export function matmulBT(a: Matrix, b: Matrix): Matrix {
	const [rows, inner] = a.shape;
	const [cols, innerB] = b.shape;
	if (inner !== innerB) {
		throw new ShapeError(
			`matmulBT: ${shapeTag(a.shape)}·${shapeTag(b.shape)}ᵀ, inner dims ${inner} ≠ ${innerB}`
		);
	}
	const out = new Float64Array(rows * cols);
	const ad = a.data;
	const bd = b.data;
	if (mostlyZero(bd)) {
		// Row k of B's nonzeros (listed once per matrix) feed four sums at a time, held in
		// locals; A is read through a transposed copy, padded to whole blocks of four with 0s,
		// so those four numbers sit side by side.
		const padded = Math.ceil(rows / 4) * 4;
		const aT = new Float64Array(padded * inner);
		for (let i = 0; i < rows; i++) {
			for (let j = 0; j < inner; j++) aT[j * padded + i] = ad[i * inner + j];
		}
		const { start, index, values } = sparseRows(b);
		for (let i0 = 0; i0 < rows; i0 += 4) {
			for (let k = 0; k < cols; k++) {
				let s0 = 0;
				let s1 = 0;
				let s2 = 0;
				let s3 = 0;
				for (let q = start[k]; q < start[k + 1]; q++) {
					const bkj = values[q];
					const aj = index[q] * padded + i0;
					s0 += aT[aj] * bkj;
					s1 += aT[aj + 1] * bkj;
					s2 += aT[aj + 2] * bkj;
					s3 += aT[aj + 3] * bkj;
				}
				out[i0 * cols + k] = s0;
				if (i0 + 1 < rows) out[(i0 + 1) * cols + k] = s1;
				if (i0 + 2 < rows) out[(i0 + 2) * cols + k] = s2;
				if (i0 + 3 < rows) out[(i0 + 3) * cols + k] = s3;
			}
		}
	} else {
		// Both rows are contiguous: a plain dot product streams through memory.
		for (let i = 0; i < rows; i++) {
			const ai = i * inner;
			for (let k = 0; k < cols; k++) {
				const bk = k * inner;
				let sum = 0;
				for (let j = 0; j < inner; j++) sum += ad[ai + j] * bd[bk + j];
				out[i * cols + k] = sum;
			}
		}
	}
	return fromData(rows, cols, out);
}
