/**
 * np.sum, np.max, np.min, np.mean and np.argmax, with numpy's `axis` and `keepdims`: axis=1
 * sums each row over the columns (db = 1/m Σⱼ dZ[:, j], 10 × 1 with keepdims), axis=0 each
 * column over the rows (softmax's denominators), no axis every entry into one number (the
 * notebook's db slip). Sums run in index order from 0, as the engine's do.
 */
import { array, scalar, tuple, type DType, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

export type Reduction = 'sum' | 'max' | 'min' | 'mean' | 'argmax';

/** null: every axis; otherwise the axes named, as numpy reads −1 and −2. */
export type Axis = number | readonly number[] | null;

function normalise(axis: Axis, ndim: number): Set<number> {
	if (axis === null) return new Set(Array.from({ length: ndim }, (_, k) => k));
	const axes = typeof axis === 'number' ? [axis] : axis;
	return new Set(
		axes.map((k) => {
			if (!Number.isInteger(k) || k < -ndim || k >= ndim) {
				throw new NotebookError(
					'axis',
					`axis ${k} is out of bounds for array of dimension ${ndim}`
				);
			}
			return k < 0 ? k + ndim : k;
		})
	);
}

const identity = { sum: 0, mean: 0, max: -Infinity, min: Infinity, argmax: -Infinity };

/** One pass over a run of entries: `count` of them, `step` apart from `start`. */
function reduceRun(kind: Reduction, d: Float64Array, start: number, count: number, step: number) {
	let acc = identity[kind];
	let best = 0;
	for (let k = 0; k < count; k++) {
		const x = d[start + k * step];
		if (kind === 'sum' || kind === 'mean') acc += x;
		// numpy's max and argmax stop at the first NaN.
		else if (Number.isNaN(x)) return kind === 'argmax' ? k : NaN;
		else if (kind === 'min' ? x < acc : x > acc) [acc, best] = [x, k];
	}
	if (kind === 'mean') return acc / count;
	return kind === 'argmax' ? best : acc;
}

export function reduce(kind: Reduction, a: NdArray, axis: Axis = null, keepdims = false): NdArray {
	const ndim = a.shape.length;
	const axes = kind === 'argmax' && axis === null ? null : normalise(axis, ndim);
	const dtype: DType =
		kind === 'argmax'
			? 'int64'
			: kind === 'mean'
				? 'float64'
				: kind === 'sum' && a.dtype === 'bool'
					? 'int64'
					: a.dtype;
	if (a.data.length === 0 && kind !== 'sum' && kind !== 'mean') {
		throw new NotebookError(
			'value',
			`zero-size array to reduction operation ${kind === 'argmax' ? 'argmax' : kind === 'max' ? 'maximum' : 'minimum'} which has no identity`
		);
	}
	// np.argmax with no axis reads the array flattened, whatever keepdims says about the shape.
	if (axes === null || axes.size === ndim) {
		const value = reduceRun(kind, a.data, 0, a.data.length, 1);
		return keepdims
			? array(
					a.shape.map(() => 1),
					Float64Array.of(value),
					dtype
				)
			: scalar(value, dtype);
	}
	// 2-D, one axis: along the rows (axis 0) or along the columns (axis 1).
	const [rows, cols] = a.shape;
	const byRow = axes.has(1);
	const n = byRow ? rows : cols;
	const out = new Float64Array(n);
	for (let k = 0; k < n; k++) {
		out[k] = byRow
			? reduceRun(kind, a.data, k * cols, cols, 1)
			: reduceRun(kind, a.data, k, rows, cols);
	}
	const shape = keepdims ? (byRow ? [rows, 1] : [1, cols]) : [n];
	return array(shape, out, dtype);
}

/** Python's own sum(a): adds the rows of a 2-D array (a 1-D result), the entries of a 1-D one. */
export function builtinSum(a: NdArray): NdArray {
	if (a.shape.length === 0) {
		throw new NotebookError(
			'type',
			`'numpy.float64' object is not iterable (sum() needs an array, got shape ${tuple(a.shape)})`
		);
	}
	return reduce('sum', a, 0, false);
}
