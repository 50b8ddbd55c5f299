import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES } from './config';
import { initParams } from './init';
import { NumpyRandom } from './mt19937';

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
		const rng = new NumpyRandom(9);
		for (const name of PARAM_NAMES) {
			for (const value of p[name].data) expect(value).toBe(rng.uniform() - 0.5);
		}
	});

	it("'uniform' with seed 0 gives the weights numpy draws after np.random.seed(0)", () => {
		// np.random.seed(0); W1 = rand(10, 784) - 0.5; b1 = rand(10, 1) - 0.5;
		// W2 = rand(10, 10) - 0.5; b2 = rand(10, 1) - 0.5   (printed by numpy on this machine)
		const p = initParams({ ...DEFAULT_NETWORK, seed: 0 });
		expect(p.W1.data[0]).toBe(0.04881350392732475);
		expect(p.b1.data[9]).toBe(-0.15822761102281835);
		expect(p.W2.data[4 * 10 + 7]).toBe(-0.1424639303508154);
		expect(p.b2.data[0]).toBe(0.10213463852586502);
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

	it("'he' draws numpy's randn × √(2 / fan-in) for W1 then W2, and zeroes the biases", () => {
		const p = initParams({ ...DEFAULT_NETWORK, hidden: 50, init: 'he', seed: 3 });
		const rng = new NumpyRandom(3);
		const draw = (n: number, fanIn: number) =>
			Float64Array.from({ length: n }, () => rng.normal() * Math.sqrt(2 / fanIn));
		expect(p.W1.data).toEqual(draw(50 * 784, 784));
		expect(p.W2.data).toEqual(draw(10 * 50, 50));
		expect(p.b1.data.every((v) => v === 0) && p.b2.data.every((v) => v === 0)).toBe(true);
		// 39,200 draws: their spread is √(2/784) to within a few per cent.
		const mean = p.W1.data.reduce((a, v) => a + v, 0) / p.W1.data.length;
		const spread = Math.sqrt(p.W1.data.reduce((a, v) => a + (v - mean) ** 2, 0) / p.W1.data.length);
		expect(spread / Math.sqrt(2 / 784)).toBeCloseTo(1, 1);
	});

	it.each([0, 2.5])('refuses hidden = %d', (hidden) => {
		expect(() => initParams({ ...DEFAULT_NETWORK, hidden })).toThrow(RangeError);
	});
});
