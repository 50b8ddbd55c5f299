/**
 * The notebook's softmax, exp(Z) / sum(exp(Z)) with no max subtracted, on every column of a
 * matrix: the engine's softmaxNaive (explain/softmax-vector.ts) column by column. Right for modest
 * scores; NaN in a column once one of its scores passes about 709.78.
 */
import { fromData, type Matrix } from '../matrix';
import { softmaxNaive } from '../explain/softmax-vector';

/** @example naiveSoftmax(matrix(2, 1, [710, 0])) // [[NaN], [0]] */
export function naiveSoftmax(z: Matrix): Matrix {
	const [rows, cols] = z.shape;
	const out = new Float64Array(rows * cols);
	for (let j = 0; j < cols; j++) {
		const column = Array.from({ length: rows }, (_, i) => z.data[i * cols + j]);
		softmaxNaive(column).forEach((p, i) => (out[i * cols + j] = p));
	}
	return fromData(rows, cols, out);
}
