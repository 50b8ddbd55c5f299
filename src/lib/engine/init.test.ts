import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES } from './config';
import { initParams } from './init';
import { Rng } from './rng';

describe('initParams', () => {
	it.each([
		{ hidden: 10, init: 'uniform' as const },
		{ hidden: 3, init: 'uniform' as const },
		{ hidden: 16, init: 'he' as const }
	])('gives W1 hidden×784, b1 hidden×1, W2 10×hidden, b2 10×1 ($init, hidden $hidden)', (c) => {
		const p = initParams({ ...DEFAULT_NETWORK, ...c });
		expect(p.W1.shape).toEqual([c.hidden, 784]);
		expect(p.b1.shape).toEqual([c.hidden, 1]);
		expect(p.W2.shape).toEqual([10, c.hidden]);
		expect(p.b2.shape).toEqual([10, 1]);
	});

	it("'uniform' draws rand − 0.5 for W1, b1, W2, b2 in that order, row by row", () => {
		const p = initParams({ ...DEFAULT_NETWORK, hidden: 2, seed: 9 });
		const rng = new Rng(9);
		for (const name of PARAM_NAMES) {
			for (const value of p[name].data) expect(value).toBe(rng.uniform() - 0.5);
		}
	});

	it("'uniform' stays within [−0.5, 0.5)", () => {
		const p = initParams(DEFAULT_NETWORK);
		for (const name of PARAM_NAMES) {
			expect(p[name].data.every((v) => v >= -0.5 && v < 0.5)).toBe(true);
		}
	});

	it('the same seed gives the same bits; another seed does not', () => {
		const a = initParams({ ...DEFAULT_NETWORK, seed: 4 });
		const b = initParams({ ...DEFAULT_NETWORK, seed: 4 });
		const c = initParams({ ...DEFAULT_NETWORK, seed: 5 });
		for (const name of PARAM_NAMES) expect(a[name].data).toEqual(b[name].data);
		expect(a.W1.data).not.toEqual(c.W1.data);
	});

	it("'he' scales normals by √(2 / fan-in) and zeroes the biases", () => {
		const p = initParams({ ...DEFAULT_NETWORK, init: 'he', hidden: 50, seed: 2 });
		const std = (xs: Float64Array) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
		expect(std(p.W1.data) / Math.sqrt(2 / 784)).toBeCloseTo(1, 1);
		expect(std(p.W2.data) / Math.sqrt(2 / 50)).toBeCloseTo(1, 1);
		expect(p.b1.data.every((v) => v === 0) && p.b2.data.every((v) => v === 0)).toBe(true);
	});

	it.each([0, 2.5])('refuses hidden = %d', (hidden) => {
		expect(() => initParams({ ...DEFAULT_NETWORK, hidden })).toThrow(RangeError);
	});
});
