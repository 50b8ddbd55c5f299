import { describe, expect, it } from 'vitest';
import { clampWorkers, defaultWorkers, shardRanges } from './ranges';

describe('shardRanges', () => {
	it.each([
		[60000, 2, [30000, 30000]],
		[1001, 3, [333, 334, 334]],
		[10, 4, [2, 3, 2, 3]],
		[2, 3, [1, 1]],
		[7, 1, [7]]
	])('splits %d images among %d workers into shares of %j', (m, n, sizes) => {
		const ranges = shardRanges(m, n);
		expect(ranges.map((r) => r.count)).toEqual(sizes);
		// In order, no gaps, no overlaps, every image once.
		let next = 0;
		for (const r of ranges) {
			expect(r.first).toBe(next);
			next += r.count;
		}
		expect(next).toBe(m);
	});

	it.each([
		[0, 2],
		[10, 0],
		[2.5, 1]
	])('refuses m = %d and n = %d', (m, n) => {
		expect(() => shardRanges(m, n)).toThrow(/must be whole numbers ≥ 1/);
	});
});

describe('the worker counts', () => {
	it.each([
		[1, 1],
		[2, 2],
		[3, 2],
		[4, 3],
		[8, 7],
		[16, 8],
		[NaN, 1]
	])('a machine with %d cores trains on %d workers by default', (cores, workers) => {
		expect(defaultWorkers(cores)).toBe(workers);
	});

	it.each([
		[0, 1],
		[3.4, 3],
		[99, 8],
		[Infinity, 1]
	])('a requested count of %d is held to %d', (n, held) => {
		expect(clampWorkers(n)).toBe(held);
	});
});
