/**
 * A matrix that carries its shape: `rows × cols` numbers stored row by row.
 *
 * Engine values are plain, immutable data. Operations return new matrices and never write
 * into their inputs, so a value a widget is showing cannot change under it.
 */
export type Shape = readonly [rows: number, cols: number];

export interface Matrix {
	readonly shape: Shape;
	readonly data: Float64Array;
}

/** Thrown when two shapes cannot meet; the message names both shapes. */
export class ShapeError extends Error {
	override name = 'ShapeError';
}

/** "10 × 784": how a shape is written everywhere a learner reads it. */
export function shapeText([rows, cols]: Shape): string {
	return `${rows} × ${cols}`;
}

/** "[10×784]": the compact form used inside error messages. */
export function shapeTag([rows, cols]: Shape): string {
	return `[${rows}×${cols}]`;
}

/**
 * Creates a matrix, checking that `data` holds exactly `rows × cols` numbers.
 * @example matrix(2, 3, [1, 2, 3, 4, 5, 6]) // [[1, 2, 3], [4, 5, 6]]
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
	if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
		throw new ShapeError(`matrix: ${rows}×${cols} is not a shape of whole numbers`);
	}
	const size = rows * cols;
	if (data !== undefined && data.length !== size) {
		throw new ShapeError(
			`matrix: ${shapeTag([rows, cols])} needs ${size} numbers, got ${data.length}`
		);
	}
	const values = new Float64Array(size);
	if (data !== undefined) values.set(data);
	return { shape: [rows, cols], data: values };
}

/** Wraps an existing array without copying; the caller must not write to it afterwards. */
export function fromData(rows: number, cols: number, data: Float64Array): Matrix {
	if (data.length !== rows * cols) {
		throw new ShapeError(
			`fromData: ${shapeTag([rows, cols])} needs ${rows * cols} numbers, got ${data.length}`
		);
	}
	return { shape: [rows, cols], data };
}

/** The entry in row `i`, column `j` (both from 0). */
export function at(m: Matrix, i: number, j: number): number {
	const [rows, cols] = m.shape;
	if (i < 0 || i >= rows || j < 0 || j >= cols || !Number.isInteger(i) || !Number.isInteger(j)) {
		throw new RangeError(`at: (${i}, ${j}) is outside ${shapeTag(m.shape)}`);
	}
	return m.data[i * cols + j];
}

/**
 * How far `a` is from the reference `b`: max |a − b| over all entries, divided by max |b|
 * (or by 1e-300 when b is all zeros, so two zero matrices are 0 apart). Shapes must match.
 * @example relativeError(matrix(1, 2, [1, 2.002]), matrix(1, 2, [1, 2])) // 0.001
 */
export function relativeError(a: Matrix, b: Matrix): number {
	if (a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1]) {
		throw new ShapeError(`relativeError: ${shapeTag(a.shape)} and ${shapeTag(b.shape)} differ`);
	}
	let diff = 0;
	let scale = 0;
	for (let k = 0; k < a.data.length; k++) {
		diff = Math.max(diff, Math.abs(a.data[k] - b.data[k]));
		scale = Math.max(scale, Math.abs(b.data[k]));
	}
	return diff / Math.max(scale, 1e-300);
}
