import { describe, expect, it } from 'vitest';
import { fromData, matrix, ShapeError, type Matrix } from '../matrix';
import { Rng } from '../rng';
import { matmul } from './matmul';
import { matmulAT } from './matmul-at';
import { matmulBT } from './matmul-bt';
import { transpose } from './transpose';

/** The textbook triple loop, summing k in ascending order from 0. */
function naive(a: Matrix, b: Matrix): Float64Array {
	const [r, n] = a.shape;
	const c = b.shape[1];
	const out = new Float64Array(r * c);
	for (let i = 0; i < r; i++) {
		for (let j = 0; j < c; j++) {
			let sum = 0;
			for (let k = 0; k < n; k++) sum += a.data[i * n + k] * b.data[k * c + j];
			out[i * c + j] = sum;
		}
	}
	return out;
}

/** A seeded random matrix in which a fraction `zeros` of the entries is exactly 0. */
function random(rng: Rng, rows: number, cols: number, zeros = 0): Matrix {
	return matrix(
		rows,
		cols,
		Array.from({ length: rows * cols }, () => (rng.uniform() < zeros ? 0 : rng.uniform() - 0.5))
	);
}

describe('matmul, matmulBT and matmulAT', () => {
	it.each([
		{ a: [1, 2], b: [3, 4], shapes: [1, 2, 2, 1], expected: [11] },
		{ a: [1, 2, 3, 4], b: [5, 6, 7, 8], shapes: [2, 2, 2, 2], expected: [19, 22, 43, 50] },
		{ a: [1, 0, 2], b: [1, 2, 3, 4, 5, 6], shapes: [1, 3, 3, 2], expected: [11, 14] }
	])('matmul multiplies hand-checked case $a · $b', ({ a, b, shapes, expected }) => {
		const [r, n, n2, c] = shapes;
		expect(Array.from(matmul(matrix(r, n, a), matrix(n2, c, b)).data)).toEqual(expected);
	});

	// The sizes include hidden = 10 and 11 (blocks of four with a remainder) and X-like sparsity.
	it.each([
		{ r: 10, n: 30, c: 8, zerosA: 0, zerosB: 0.81 },
		{ r: 11, n: 17, c: 5, zerosA: 0, zerosB: 0.9 },
		{ r: 3, n: 20, c: 7, zerosA: 0.6, zerosB: 0 },
		{ r: 4, n: 9, c: 6, zerosA: 0, zerosB: 0 },
		{ r: 1, n: 1, c: 1, zerosA: 0, zerosB: 1 }
	])(
		'every product equals the plain triple loop bit for bit ($r×$n · $n×$c, zeros $zerosA/$zerosB)',
		({ r, n, c, zerosA, zerosB }) => {
			const rng = new Rng(r * 100 + n);
			const a = random(rng, r, n, zerosA);
			const b = random(rng, n, c, zerosB);
			const expected = naive(a, b);
			expect(matmul(a, b).data).toEqual(expected);
			expect(matmulBT(a, transpose(b)).data).toEqual(expected);
			expect(matmulAT(transpose(a), b).data).toEqual(expected);
			expect(matmul(a, b).shape).toEqual([r, c]);
		}
	);

	it('gives the same result when the same sparse operand is used again', () => {
		const rng = new Rng(2);
		const x = random(rng, 40, 12, 0.8);
		const w = random(rng, 10, 40);
		const expected = naive(w, x);
		// Twice each: a second product over the same operand must not reuse a stale reading of it.
		for (let run = 0; run < 2; run++) {
			expect(matmul(w, x).data).toEqual(expected);
			expect(matmulBT(w, transpose(x)).data).toEqual(expected);
		}
	});

	it('reads a buffer afresh when it is refilled and wrapped anew with fromData', () => {
		const w = matrix(1, 3, [1, 2, 3]);
		const buffer = Float64Array.of(0, 0, 5, 0, 0, 0);
		expect(Array.from(matmul(w, fromData(3, 2, buffer)).data)).toEqual([10, 0]);
		buffer.set([0, 7, 0, 0, 0, 0]);
		expect(Array.from(matmul(w, fromData(3, 2, buffer)).data)).toEqual([0, 7]);
		expect(Array.from(matmulBT(w, fromData(2, 3, buffer)).data)).toEqual([14, 0]);
	});

	it('leaves its operands unchanged', () => {
		const a = matrix(2, 2, [1, 2, 3, 4]);
		const b = matrix(2, 2, [0, 1, 0, 0]);
		matmul(a, b);
		matmulAT(a, b);
		matmulBT(a, b);
		expect(Array.from(a.data)).toEqual([1, 2, 3, 4]);
		expect(Array.from(b.data)).toEqual([0, 1, 0, 0]);
	});

	it.each([
		{
			op: () => matmul(matrix(10, 784), matrix(10, 8)),
			message: 'matmul: [10×784]·[10×8], inner dims 784 ≠ 10'
		},
		{
			op: () => matmulBT(matrix(10, 8), matrix(784, 9)),
			message: 'matmulBT: [10×8]·[784×9]ᵀ, inner dims 8 ≠ 9'
		},
		{
			op: () => matmulAT(matrix(10, 10), matrix(8, 10)),
			message: 'matmulAT: [10×10]ᵀ·[8×10], inner dims 10 ≠ 8'
		}
	])('a shape mismatch throws a ShapeError naming both shapes: $message', ({ op, message }) => {
		expect(op).toThrow(ShapeError);
		expect(op).toThrow(message);
	});
});
