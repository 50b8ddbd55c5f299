/**
 * Reading part of an array as numpy does: `Z1[i, j]` one entry, `X[:, j]` one column (a 1-D
 * array: an integer index drops its axis), `X[:, j:j+1]` the same column kept 2-D, negative
 * indices from the end; and the reshapes `.T`, `.reshape`.
 */
import { array, tuple, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

export interface Slice {
	readonly start: number | null;
	readonly stop: number | null;
	readonly step: number | null;
}

export type Index = number | Slice;

/** The positions a slice picks from an axis of `n`, as Python's slice.indices(n) gives them. */
function positions(s: Slice, n: number): number[] {
	const step = s.step ?? 1;
	if (step === 0) throw new NotebookError('value', 'slice step cannot be zero');
	const clamp = (v: number, low: number, high: number) => Math.min(Math.max(v, low), high);
	const at = (v: number | null, fallback: number, low: number, high: number) =>
		v === null ? fallback : clamp(v < 0 ? v + n : v, low, high);
	const start = step > 0 ? at(s.start, 0, 0, n) : at(s.start, n - 1, -1, n - 1);
	const stop = step > 0 ? at(s.stop, n, 0, n) : at(s.stop, -1, -1, n - 1);
	const out: number[] = [];
	for (let k = start; step > 0 ? k < stop : k > stop; k += step) out.push(k);
	return out;
}

function position(i: number, n: number, axis: number): number {
	if (!Number.isInteger(i) || i < -n || i >= n) {
		throw new NotebookError('index', `index ${i} is out of bounds for axis ${axis} with size ${n}`);
	}
	return i < 0 ? i + n : i;
}

/** a[index, …]: integers drop their axis, slices keep it. */
export function subscript(a: NdArray, index: readonly Index[]): NdArray {
	const ndim = a.shape.length;
	if (index.length > ndim) {
		throw new NotebookError(
			'index',
			`too many indices for array: array is ${ndim}-dimensional, but ${index.length} were indexed`
		);
	}
	const full: Index[] = [...index];
	while (full.length < ndim) full.push({ start: null, stop: null, step: null });
	const picks = full.map((ix, axis) =>
		typeof ix === 'number' ? [position(ix, a.shape[axis], axis)] : positions(ix, a.shape[axis])
	);
	const shape = full.flatMap((ix, axis) => (typeof ix === 'number' ? [] : [picks[axis].length]));
	const cols = ndim === 2 ? a.shape[1] : 1;
	const rowsPicked = ndim === 2 ? picks[0] : [0];
	const colsPicked = ndim === 2 ? picks[1] : ndim === 1 ? picks[0] : [0];
	const out = new Float64Array(rowsPicked.length * colsPicked.length);
	let k = 0;
	for (const i of rowsPicked) for (const j of colsPicked) out[k++] = a.data[i * cols + j];
	return array(shape, out, a.dtype);
}

/**
 * aᵀ: a 2-D array's rows become its columns; numpy leaves 0-d and 1-D arrays as they are. Its
 * numbers are laid out only when something reads them; a product reads the original instead.
 */
export function transposeOf(a: NdArray): NdArray {
	if (a.shape.length < 2) return a;
	if (a.transposed) return a.transposed;
	const [rows, cols] = a.shape;
	let data: Float64Array | undefined;
	const lay = () => {
		const out = new Float64Array(rows * cols);
		for (let i = 0; i < rows; i++) {
			for (let j = 0; j < cols; j++) out[j * rows + i] = a.data[i * cols + j];
		}
		return out;
	};
	return Object.freeze({
		kind: 'array',
		shape: Object.freeze([cols, rows]),
		dtype: a.dtype,
		transposed: a,
		get data() {
			return (data ??= lay());
		}
	});
}

/** a.reshape(shape), one size allowed to be −1 (worked out from the others). */
export function reshape(a: NdArray, shape: readonly number[]): NdArray {
	const unknown = shape.filter((n) => n === -1).length;
	if (unknown > 1) throw new NotebookError('value', 'can only specify one unknown dimension');
	if (shape.some((n) => !Number.isInteger(n) || n < -1)) {
		throw new NotebookError('value', `negative dimensions are not allowed: ${tuple(shape)}`);
	}
	const known = shape.reduce((p, n) => (n === -1 ? p : p * n), 1);
	const total = a.data.length;
	const filled = shape.map((n) => (n === -1 ? (known === 0 ? -1 : total / known) : n));
	if (
		filled.some((n) => !Number.isInteger(n) || n < 0) ||
		filled.reduce((p, n) => p * n, 1) !== total
	) {
		throw new NotebookError(
			'value',
			`cannot reshape array of size ${total} into shape ${tuple(shape)}`
		);
	}
	return array(filled, a.data, a.dtype);
}
