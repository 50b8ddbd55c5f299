/** Aᵀ: rows become columns, Aᵀ[j, i] = A[i, j]. The notes turn the m × 784 file into X this way. */
import { fromData, type Matrix } from '../matrix';

/**
 * The transpose of `a` (r × c), a c × r matrix. Products never need it (see matmulBT and
 * matmulAT); it is here for showing Aᵀ to a learner.
 * @example transpose(matrix(1, 2, [1, 2])) // [[1], [2]]
 */
export function transpose(a: Matrix): Matrix {
	const [rows, cols] = a.shape;
	const out = new Float64Array(rows * cols);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) out[j * rows + i] = a.data[i * cols + j];
	}
	return fromData(cols, rows, out);
}
