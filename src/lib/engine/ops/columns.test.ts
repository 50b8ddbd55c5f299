import { describe, expect, it } from 'vitest';
import { matrix, ShapeError } from '../matrix';
import { addColumn, pickColumns, sliceRows, sumRows } from './columns';
import { transpose } from './transpose';

describe('column operations', () => {
	it('addColumn adds the column to every column (broadcast)', () => {
		const out = addColumn(matrix(2, 3, [1, 2, 3, 4, 5, 6]), matrix(2, 1, [10, 20]));
		expect(out.shape).toEqual([2, 3]);
		expect(Array.from(out.data)).toEqual([11, 12, 13, 24, 25, 26]);
	});

	it.each([
		{ b: matrix(9, 1), message: 'addColumn: [10×8] + [9×1], the column must be [10×1]' },
		{ b: matrix(10, 2), message: 'addColumn: [10×8] + [10×2], the column must be [10×1]' },
		{ b: matrix(1, 10), message: 'addColumn: [10×8] + [1×10], the column must be [10×1]' }
	])('addColumn refuses a wrong column and names both shapes: $message', ({ b, message }) => {
		expect(() => addColumn(matrix(10, 8), b)).toThrow(ShapeError);
		expect(() => addColumn(matrix(10, 8), b)).toThrow(message);
	});

	it('sumRows gives one sum per row (r × 1), not one number for the whole matrix', () => {
		const out = sumRows(matrix(2, 3, [1, 2, 3, 4, 5, 6]));
		expect(out.shape).toEqual([2, 1]);
		expect(Array.from(out.data)).toEqual([6, 15]);
	});

	it('transpose turns rows into columns', () => {
		const out = transpose(matrix(2, 3, [1, 2, 3, 4, 5, 6]));
		expect(out.shape).toEqual([3, 2]);
		expect(Array.from(out.data)).toEqual([1, 4, 2, 5, 3, 6]);
	});

	it('sliceRows takes a window of whole rows and refuses one that runs past the end', () => {
		const a = matrix(3, 2, [1, 2, 3, 4, 5, 6]);
		expect(sliceRows(a, 1, 2).shape).toEqual([2, 2]);
		expect(Array.from(sliceRows(a, 1, 2).data)).toEqual([3, 4, 5, 6]);
		expect(Array.from(sliceRows(a, 0, 0).data)).toEqual([]);
		expect(() => sliceRows(a, 2, 2)).toThrow('sliceRows: rows 2..3 are outside [3×2]');
	});

	it('pickColumns takes the listed columns in order and refuses others', () => {
		const a = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
		expect(Array.from(pickColumns(a, [2, 0]).data)).toEqual([3, 1, 6, 4]);
		expect(() => pickColumns(a, [3])).toThrow('pickColumns: column 3 is outside [2×3]');
	});
});
