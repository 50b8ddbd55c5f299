/**
 * Entry-by-entry operations on matrices of one shape: A − B, A ⊙ B, s·A and g(A). Each
 * returns a new matrix; the inputs are never written to.
 */
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

function checkSame(name: string, sign: string, a: Matrix, b: Matrix): void {
	if (a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1]) {
		throw new ShapeError(
			`${name}: ${shapeTag(a.shape)} ${sign} ${shapeTag(b.shape)}, shapes differ`
		);
	}
}

/**
 * A + B, entry by entry.
 * @example add(matrix(1, 2, [1, 2]), matrix(1, 2, [3, 4])) // [[4, 6]]
 */
export function add(a: Matrix, b: Matrix): Matrix {
	checkSame('add', '+', a, b);
	const out = new Float64Array(a.data.length);
	for (let i = 0; i < out.length; i++) out[i] = a.data[i] + b.data[i];
	return fromData(a.shape[0], a.shape[1], out);
}

/**
 * A − B, entry by entry: dZ² = A² − Y, and the updates W − α dW.
 * @example sub(matrix(1, 2, [5, 5]), matrix(1, 2, [1, 2])) // [[4, 3]]
 */
export function sub(a: Matrix, b: Matrix): Matrix {
	checkSame('sub', '−', a, b);
	const out = new Float64Array(a.data.length);
	for (let i = 0; i < out.length; i++) out[i] = a.data[i] - b.data[i];
	return fromData(a.shape[0], a.shape[1], out);
}

/**
 * A ⊙ B, the Hadamard (entry-by-entry) product: dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹).
 * @example hadamard(matrix(1, 2, [2, 3]), matrix(1, 2, [1, 0])) // [[2, 0]]
 */
export function hadamard(a: Matrix, b: Matrix): Matrix {
	checkSame('hadamard', '⊙', a, b);
	const out = new Float64Array(a.data.length);
	for (let i = 0; i < out.length; i++) out[i] = a.data[i] * b.data[i];
	return fromData(a.shape[0], a.shape[1], out);
}

/**
 * s·A: every entry times the number s, as in (1/m) dZ² A¹ᵀ or α dW.
 * @example scale(matrix(1, 2, [2, 4]), 0.5) // [[1, 2]]
 */
export function scale(a: Matrix, s: number): Matrix {
	const out = new Float64Array(a.data.length);
	for (let i = 0; i < out.length; i++) out[i] = s * a.data[i];
	return fromData(a.shape[0], a.shape[1], out);
}

/**
 * f applied to every entry; f also receives the entry's row and column.
 * @example map(matrix(1, 2, [-1, 2]), (z) => Math.max(z, 0)) // [[0, 2]]
 */
export function map(a: Matrix, f: (value: number, row: number, col: number) => number): Matrix {
	const [rows, cols] = a.shape;
	const out = new Float64Array(a.data.length);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) out[i * cols + j] = f(a.data[i * cols + j], i, j);
	}
	return fromData(rows, cols, out);
}
