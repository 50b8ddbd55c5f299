import { describe, expect, it } from 'vitest';
import { BatchSchedule, batchesPerEpoch, epochOrder } from './minibatch';

describe('mini-batches', () => {
	it.each([
		{ m: 10, batchSize: 4, perEpoch: 3, sizes: [4, 4, 2] },
		{ m: 8, batchSize: 4, perEpoch: 2, sizes: [4, 4] },
		{ m: 5, batchSize: 10, perEpoch: 1, sizes: [5] }
	])('m = $m in batches of $batchSize: $perEpoch per epoch, every column once', (c) => {
		expect(batchesPerEpoch(c.m, c.batchSize)).toBe(c.perEpoch);
		const schedule = new BatchSchedule(c.m, c.batchSize, 3);
		for (const epoch of [0, 1]) {
			const batches = c.sizes.map((_, b) => schedule.indices(epoch * c.perEpoch + b));
			expect(batches.map((batch) => batch.length)).toEqual(c.sizes);
			const all = batches.flatMap((batch) => Array.from(batch)).sort((x, y) => x - y);
			expect(all).toEqual([...Array(c.m).keys()]);
		}
	});

	it('reshuffles every epoch, the same way for the same seed, differently for another', () => {
		expect(epochOrder(50, 1, 0)).toEqual(epochOrder(50, 1, 0));
		expect(epochOrder(50, 1, 0)).not.toEqual(epochOrder(50, 1, 1));
		expect(epochOrder(50, 1, 0)).not.toEqual(epochOrder(50, 2, 0));
	});

	it('gives the same batch for an iteration in any order of asking (stepping back is free)', () => {
		const forward = new BatchSchedule(20, 6, 5);
		const first = [0, 1, 2, 3, 4, 5, 6, 7].map((t) => Array.from(forward.indices(t)));
		const jumping = new BatchSchedule(20, 6, 5);
		expect([7, 2, 5, 0].map((t) => Array.from(jumping.indices(t)))).toEqual([
			first[7],
			first[2],
			first[5],
			first[0]
		]);
	});

	it.each([
		[0, 4],
		[10, 0],
		[10, 2.5]
	])('refuses m = %d with batch size %d', (m, batchSize) => {
		expect(() => batchesPerEpoch(m, batchSize)).toThrow(RangeError);
	});
});
