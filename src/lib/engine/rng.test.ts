import { describe, expect, it } from 'vitest';
import { Rng, seedState } from './rng';

const draws = (rng: Rng, n: number, f: (r: Rng) => number = (r) => r.nextUint32()) =>
	Array.from({ length: n }, () => f(rng));

describe('Rng', () => {
	// Expected values from the reference C code of xoshiro128** and splitmix32, compiled with gcc.
	it('xoshiro128** from state [1, 2, 3, 4] gives the reference C outputs', () => {
		expect(draws(Rng.fromState([1, 2, 3, 4]), 6)).toEqual([
			11520, 0, 5927040, 70819200, 2031721883, 1637235492
		]);
	});

	it('seed 42 fills the state through splitmix32 as the reference C code does', () => {
		expect(seedState(42)).toEqual([551831576, 144025891, 322543647, 3034809370]);
		expect(draws(new Rng(42), 4)).toEqual([660444221, 3652823732, 77672526, 910233633]);
	});

	it('uniform() builds a 53-bit double from two draws, as the reference C code does', () => {
		const rng = new Rng(42);
		draws(rng, 4);
		expect(rng.uniform()).toBe(0.53489062846834756);
	});

	it.each([0, 1, 42, 2 ** 31, 2 ** 32 + 5, -7])(
		'seed %d gives the same bits every time',
		(seed) => {
			const a = draws(new Rng(seed), 20, (r) => r.uniform());
			const b = draws(new Rng(seed), 20, (r) => r.uniform());
			expect(a).toEqual(b);
		}
	);

	it('different seeds and different streams give different sequences', () => {
		const first = (seed: number, stream = 0) => draws(new Rng(seed, stream), 4);
		expect(first(0)).not.toEqual(first(1));
		expect(first(0)).not.toEqual(first(2 ** 32));
		expect(first(5)).not.toEqual(first(2 ** 32 + 5));
		expect(first(4)).not.toEqual(first(2 ** 32 + 5));
		expect(first(7, 0)).not.toEqual(first(7, 1));
		expect(first(7, 1)).not.toEqual(first(7, 2));
	});

	it('state() and fromState() resume exactly; clone() is independent', () => {
		const rng = new Rng(3);
		draws(rng, 5);
		const saved = rng.state();
		const twin = rng.clone();
		const ahead = draws(rng, 10, (r) => r.uniform());
		expect(draws(Rng.fromState(saved), 10, (r) => r.uniform())).toEqual(ahead);
		expect(draws(twin, 10, (r) => r.uniform())).toEqual(ahead);
		expect(saved.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32)).toBe(true);
	});

	it('uniform() lies in [0, 1), is a multiple of 2⁻⁵³ and averages 1/2', () => {
		const xs = draws(new Rng(11), 20000, (r) => r.uniform());
		expect(xs.every((x) => x >= 0 && x < 1 && Number.isInteger(x * 2 ** 53))).toBe(true);
		expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
	});

	it('normal() has mean ≈ 0 and variance ≈ 1', () => {
		const xs = draws(new Rng(5), 40000, (r) => r.normal());
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
		expect(Math.abs(mean)).toBeLessThan(0.02);
		expect(Math.abs(variance - 1)).toBeLessThan(0.03);
		expect(xs.every(Number.isFinite)).toBe(true);
	});

	it('int(n) stays in [0, n) and hits every value', () => {
		const xs = draws(new Rng(9), 6000, (r) => r.int(6));
		expect(new Set(xs)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
		for (let v = 0; v < 6; v++) {
			expect(xs.filter((x) => x === v).length).toBeGreaterThan(850);
		}
	});

	it.each([0, -1, 1.5, 2 ** 32 + 1])('int(%d) is refused', (n) => {
		expect(() => new Rng(0).int(n)).toThrow(RangeError);
	});

	it.each([1.5, NaN, Infinity])('seed %d is refused', (seed) => {
		expect(() => new Rng(seed)).toThrow(RangeError);
	});

	it('shuffle() permutes in place, deterministically, reaching every order', () => {
		const rng = new Rng(1);
		const orders = new Set<string>();
		for (let k = 0; k < 600; k++) orders.add(rng.shuffle([0, 1, 2]).join(''));
		expect(orders.size).toBe(6);
		const a = new Rng(4).shuffle(Int32Array.from({ length: 50 }, (_, i) => i));
		const b = new Rng(4).shuffle(Int32Array.from({ length: 50 }, (_, i) => i));
		expect(a).toEqual(b);
		expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
	});
});
