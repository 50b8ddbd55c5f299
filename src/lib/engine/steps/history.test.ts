import { describe, expect, it } from 'vitest';
import { BoundedHistory } from './history';

describe('BoundedHistory', () => {
	it('pops the newest first and forgets the oldest past its limit', () => {
		const h = new BoundedHistory<number>(3);
		for (const n of [1, 2, 3, 4, 5]) h.push(n);
		expect(h.size).toBe(3);
		expect([h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([5, 4, 3, undefined]);
	});

	it('keeps nothing with limit 0 and refuses a negative limit', () => {
		const h = new BoundedHistory<number>(0);
		h.push(1);
		expect(h.size).toBe(0);
		expect(() => new BoundedHistory(-1)).toThrow(RangeError);
	});
});
