/**
 * numpy's broadcasting for arrays of at most 2 dimensions: shapes are lined up from the right,
 * and along each axis the sizes must be equal or one of them 1, which is then repeated. So a
 * 10 × 1 bias meets a 10 × m product by being copied into every column, and a 1-D (10,) array
 * meets a 10 × m matrix only if m = 10 — along the rows, which is rarely what was meant.
 */
import { spend } from './budget';
import { array, entries, promote, tuple, type DType, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

/**
 * The shape two operands broadcast to, or numpy's error naming both.
 * @example broadcastShape([10, 8], [10, 1]) // [10, 8]
 */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
	const n = Math.max(a.length, b.length);
	const out: number[] = [];
	for (let k = 0; k < n; k++) {
		const da = a[a.length - n + k] ?? 1;
		const db = b[b.length - n + k] ?? 1;
		if (da !== db && da !== 1 && db !== 1) {
			throw new NotebookError(
				'broadcast',
				`operands could not be broadcast together with shapes ${tuple(a)} ${tuple(b)}`,
				broadcastHint(a, b)
			);
		}
		out.push(da === 1 ? db : da);
	}
	return out;
}

function broadcastHint(a: readonly number[], b: readonly number[]): string | undefined {
	const [r, c] = a.length === 2 ? a : b;
	const other = a.length === 2 ? b : a;
	if (other.length === 1 && other[0] === r) {
		return `A 1-D array of ${r} numbers lines up with the last axis (the ${c} columns), not the rows. Keep it a ${r} × 1 column: keepdims=True, or .reshape(${r}, 1).`;
	}
	if (a.length === 2 && b.length === 2 && a[0] === b[1] && a[1] === b[0]) {
		return `The two shapes are each other’s transpose: one of them needs .T.`;
	}
	return undefined;
}

/** Row and column strides of `shape` seen as part of `out` (0 where it is repeated). */
function strides(shape: readonly number[], out: readonly number[]): [number, number] {
	const rows = shape.length === 2 ? shape[0] : 1;
	const cols = shape.length >= 1 ? shape[shape.length - 1] : 1;
	const outCols = out.length >= 1 ? out[out.length - 1] : 1;
	const outRows = out.length === 2 ? out[0] : 1;
	return [rows === 1 && outRows > 1 ? 0 : cols, cols === 1 && outCols > 1 ? 0 : 1];
}

/**
 * f(a, b) entry by entry on the broadcast shape; the result has dtype `dtype`, by default the
 * promoted dtype of the two.
 */
export function elementwise(
	a: NdArray,
	b: NdArray,
	f: (x: number, y: number) => number,
	dtype: DType = promote(a.dtype, b.dtype)
): NdArray {
	const shape = broadcastShape(a.shape, b.shape);
	const rows = shape.length === 2 ? shape[0] : 1;
	const cols = shape.length >= 1 ? shape[shape.length - 1] : 1;
	spend(entries(shape));
	const out = new Float64Array(rows * cols);
	const [ar, ac] = strides(a.shape, shape);
	const [br, bc] = strides(b.shape, shape);
	const ad = a.data;
	const bd = b.data;
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) out[i * cols + j] = f(ad[i * ar + j * ac], bd[i * br + j * bc]);
	}
	return array(shape, out, dtype);
}

/** f applied to every entry of `a`. */
export function mapArray(a: NdArray, f: (x: number) => number, dtype: DType = a.dtype): NdArray {
	spend(a.data.length);
	const out = new Float64Array(a.data.length);
	for (let k = 0; k < out.length; k++) out[k] = f(a.data[k]);
	return array(a.shape, out, dtype);
}
