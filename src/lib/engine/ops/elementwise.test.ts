import { describe, expect, it } from 'vitest';
import { matrix, ShapeError } from '../matrix';
import { add, hadamard, map, scale, sub } from './elementwise';

const a = matrix(2, 2, [1, 2, 3, 4]);
const b = matrix(2, 2, [4, 3, 2, 1]);

describe('entry-by-entry operations', () => {
	it.each([
		{ name: 'add', result: () => add(a, b), expected: [5, 5, 5, 5] },
		{ name: 'sub', result: () => sub(a, b), expected: [-3, -1, 1, 3] },
		{ name: 'hadamard', result: () => hadamard(a, b), expected: [4, 6, 6, 4] },
		{ name: 'scale', result: () => scale(a, 0.5), expected: [0.5, 1, 1.5, 2] },
		{ name: 'map', result: () => map(a, (v, i, j) => v * 10 + i - j), expected: [10, 19, 31, 40] }
	])('$name works entry by entry and keeps the shape', ({ result, expected }) => {
		const out = result();
		expect(out.shape).toEqual([2, 2]);
		expect(Array.from(out.data)).toEqual(expected);
		expect(Array.from(a.data)).toEqual([1, 2, 3, 4]);
	});

	it.each([
		{ op: () => add(matrix(10, 8), matrix(10, 9)), message: 'add: [10×8] + [10×9], shapes differ' },
		{ op: () => sub(matrix(10, 8), matrix(8, 10)), message: 'sub: [10×8] − [8×10], shapes differ' },
		{
			op: () => hadamard(matrix(10, 8), matrix(10, 1)),
			message: 'hadamard: [10×8] ⊙ [10×1], shapes differ'
		}
	])('a shape mismatch names both shapes: $message', ({ op, message }) => {
		expect(op).toThrow(ShapeError);
		expect(op).toThrow(message);
	});
});
