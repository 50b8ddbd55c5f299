/**
 * The arrays a notebook cell computes with: numpy's ndarray cut down to what the notes' lines
 * need, 0-d (a number), 1-D and 2-D, always float64 storage. `dtype` follows numpy's so that a
 * comparison reads as True/False and np.argmax gives whole numbers, but every value is a
 * double, as on the lesson path.
 */
import { fromData, type Matrix } from '../matrix';
import { NotebookError } from './notebook-error';

export type DType = 'float64' | 'int64' | 'bool';

export interface NdArray {
	readonly kind: 'array';
	/** [], [n] or [rows, cols], as numpy's `.shape`. */
	readonly shape: readonly number[];
	/** Row by row, like the engine's matrices. */
	readonly data: Float64Array;
	readonly dtype: DType;
	/**
	 * The engine's matrix this array is, when it came from the lesson: products hand it back to
	 * the engine unchanged, so its remembered list of X's nonzeros is reused.
	 */
	readonly matrix?: Matrix;
	/**
	 * Set on `a.T`: the array this is the transpose of. A product then hands the engine the
	 * original (its AᵀB and ABᵀ, as the lesson's steps do) without building the transpose.
	 */
	readonly transposed?: NdArray;
}

/** Arrays larger than this are refused: a line of this network needs at most 784 × 1,000. */
export const MAX_ENTRIES = 4_000_000;

/**
 * The number of entries of `shape`, or a clear refusal when it has more than 2 axes or is too
 * large for a page — checked before anything is allocated.
 */
export function entries(shape: readonly number[]): number {
	if (shape.length > 2) {
		throw new NotebookError(
			'unsupported',
			`arrays with ${shape.length} dimensions are not supported here: the notes’ arrays have at most 2`
		);
	}
	const size = shape.reduce((a, b) => a * b, 1);
	if (size > MAX_ENTRIES) {
		throw new NotebookError(
			'value',
			`an array of shape ${tuple(shape)} would hold ${size.toLocaleString('en')} numbers, more than a page can work with (the largest here is X, 784 × m)`
		);
	}
	return size;
}

export function array(
	shape: readonly number[],
	data: Float64Array,
	dtype: DType = 'float64'
): NdArray {
	const size = entries(shape);
	if (size !== data.length) throw new Error(`array: shape ${tuple(shape)} needs ${size} numbers`);
	return { kind: 'array', shape: Object.freeze([...shape]), data, dtype };
}

/** A single number (a 0-d array), as numpy returns from np.sum(dZ). */
export function scalar(value: number, dtype: DType = 'float64'): NdArray {
	return array([], Float64Array.of(value), dtype);
}

/** The engine's matrix as a 2-D array, remembering the matrix. */
export function fromMatrix(m: Matrix): NdArray {
	return {
		kind: 'array',
		shape: Object.freeze([...m.shape]),
		data: m.data,
		dtype: 'float64',
		matrix: m
	};
}

/** The 2-D array as an engine matrix (the same object when it came from one). */
export function toMatrix(a: NdArray): Matrix {
	if (a.shape.length !== 2) throw new Error(`toMatrix: shape ${tuple(a.shape)} is not 2-D`);
	return a.matrix ?? fromData(a.shape[0], a.shape[1], a.data);
}

export function size(a: NdArray): number {
	return a.data.length;
}

/**
 * A shape as Python prints it: "(10, 8)", "(10,)", "()".
 * @example tuple([10]) // '(10,)'
 */
export function tuple(shape: readonly number[]): string {
	return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** The promoted dtype of two operands, as numpy's + and * give it. */
export function promote(a: DType, b: DType): DType {
	if (a === 'float64' || b === 'float64') return 'float64';
	if (a === 'int64' || b === 'int64') return 'int64';
	return 'bool';
}
