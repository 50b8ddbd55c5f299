/**
 * C = Aᵀ·B without building Aᵀ: C[i, j] = Σₖ A[k, i] B[k, j]. This is W²ᵀ dZ², the step
 * that carries the output error back to the hidden layer.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

/**
 * The product of the transpose of `a` (n × r) and `b` (n × c), an r × c matrix. Row k of A
 * and row k of B are both contiguous, so the loop runs over k outermost and skips A's zeros.
 * @example matmulAT(matrix(2, 1, [1, 2]), matrix(2, 1, [3, 4])) // [[11]]
 */
export function matmulAT(a: Matrix, b: Matrix): Matrix {
	const [inner, rows] = a.shape;
	const [innerB, cols] = b.shape;
	if (inner !== innerB) {
		throw new ShapeError(
			`matmulAT: ${shapeTag(a.shape)}ᵀ·${shapeTag(b.shape)}, inner dims ${inner} ≠ ${innerB}`
		);
	}
	const out = new Float64Array(rows * cols);
	const ad = a.data;
	const bd = b.data;
	for (let k = 0; k < inner; k++) {
		const bk = k * cols;
		for (let i = 0; i < rows; i++) {
			const aki = ad[k * rows + i];
			if (aki === 0) continue;
			const ci = i * cols;
			for (let j = 0; j < cols; j++) out[ci + j] += aki * bd[bk + j];
		}
	}
	return fromData(rows, cols, out);
}
