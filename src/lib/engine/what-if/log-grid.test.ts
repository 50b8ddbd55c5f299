import { describe, expect, it } from 'vitest';
import { logGrid, oneTwoFive } from './log-grid';

describe('logGrid', () => {
	it('spaces points evenly in the exponent, ends included', () => {
		expect(logGrid(0.01, 1, 2)).toEqual([0.01, 0.0316227766017, 0.1, 0.316227766017, 1]);
	});

	it('hits every power of ten exactly, so α = 0.1 is on the grid', () => {
		const grid = logGrid(0.001, 100, 8);
		expect(grid).toHaveLength(41);
		for (const p of [0.001, 0.01, 0.1, 1, 10, 100]) expect(grid).toContain(p);
	});

	it('is increasing', () => {
		const grid = logGrid(1e-4, 50, 10);
		for (let k = 1; k < grid.length; k++) expect(grid[k]).toBeGreaterThan(grid[k - 1]);
	});

	it.each([
		[0, 1, 2],
		[1, 0.5, 2],
		[0.1, 1, 0],
		[0.1, 1, 1.5]
	])('refuses lo = %d, hi = %d, perDecade = %d', (lo, hi, per) => {
		expect(() => logGrid(lo, hi, per)).toThrow(RangeError);
	});
});

describe('oneTwoFive', () => {
	it('lists 1, 2 and 5 times each power of ten', () => {
		expect(oneTwoFive(0.1, 10)).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
	});

	it('keeps to the range, ends included', () => {
		expect(oneTwoFive(0.002, 50)).toEqual([
			0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50
		]);
	});
});
