import { describe, expect, it } from 'vitest';
import { adamConfig, adamStep } from './adam';

const PAPER = { alpha: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

describe('adamStep', () => {
	// t = 1: m = (1 − β₁)g, v = (1 − β₂)g², so m̂ = g, v̂ = g² and the step is α·g / (|g| + ε).
	// With g = 0.5, α = 0.1, ε = 1e-8: 1 − 0.1 · 0.5 / 0.50000001 = 0.90000000199999999…
	it('takes a first step of α·g / (|g| + ε), almost exactly α against the gradient', () => {
		const w = Float64Array.of(1, 1, 1);
		const m = new Float64Array(3);
		const v = new Float64Array(3);
		adamStep(w, Float64Array.of(0.5, -200, 0), m, v, 1, PAPER);
		expect(w[0]).toBeCloseTo(0.900000002, 15);
		expect(w[1]).toBeCloseTo(1.1, 9);
		expect(w[2]).toBe(1);
		expect(m[0]).toBeCloseTo(0.05, 15);
		expect(v[0]).toBeCloseTo(0.00025, 15);
	});

	// β₁ = ½, β₂ = ¾, ε = 0, g = 2 twice. t = 1: m = 1, v = 1, m̂ = 1/(1−½) = 2, v̂ = 1/(1−¾) = 4,
	// step α·2/2 = α. t = 2: m = ½·1 + ½·2 = 1.5, v = ¾·1 + ¼·4 = 1.75, m̂ = 1.5/(1−¼) = 2,
	// v̂ = 1.75/(1−9/16) = 4, step α again: with a constant gradient, bias correction gives α.
	it('with a constant gradient moves exactly α each step (bias correction)', () => {
		const hyper = { alpha: 0.25, beta1: 0.5, beta2: 0.75, epsilon: 0 };
		const w = Float64Array.of(3);
		const m = new Float64Array(1);
		const v = new Float64Array(1);
		adamStep(w, Float64Array.of(2), m, v, 1, hyper);
		expect([w[0], m[0], v[0]]).toEqual([2.75, 1, 1]);
		adamStep(w, Float64Array.of(2), m, v, 2, hyper);
		expect([w[0], m[0], v[0]]).toEqual([2.5, 1.5, 1.75]);
	});

	// β₁ = ½, β₂ = ¾, ε = 0, α = 1: g = 2 then g = −2. t = 2: m = ½·1 + ½·(−2) = −½,
	// v = ¾·1 + ¼·4 = 1.75; m̂ = −½ / ¾ = −⅔, v̂ = 4; the step is −⅔ / 2 = −⅓, so W rises by ⅓.
	it('damps a gradient that changes sign', () => {
		const hyper = { alpha: 1, beta1: 0.5, beta2: 0.75, epsilon: 0 };
		const w = Float64Array.of(0);
		const m = new Float64Array(1);
		const v = new Float64Array(1);
		adamStep(w, Float64Array.of(2), m, v, 1, hyper);
		adamStep(w, Float64Array.of(-2), m, v, 2, hyper);
		expect(w[0]).toBeCloseTo(-1 + 1 / 3, 15);
		expect(m[0]).toBe(-0.5);
	});

	it('works on Float32Array as the fast path needs', () => {
		const w = Float32Array.of(1);
		adamStep(w, Float32Array.of(0.5), new Float32Array(1), new Float32Array(1), 1, PAPER);
		expect(w[0]).toBeCloseTo(0.9, 6);
	});

	it.each([0, 1.5])('refuses t = %d', (t) => {
		const a = () => new Float64Array(1);
		expect(() => adamStep(a(), a(), a(), a(), t, PAPER)).toThrow(RangeError);
	});
});

describe('adamConfig', () => {
	it.each([
		{ args: [] as const, expected: { kind: 'adam', ...PAPER, alpha: 0.001 } },
		{ args: [0.01] as const, expected: { kind: 'adam', ...PAPER, alpha: 0.01 } },
		{ args: [0.01, 32] as const, expected: { kind: 'adam', ...PAPER, alpha: 0.01, batchSize: 32 } }
	])('gives the paper’s β₁, β₂ and ε at the rate asked: $args', ({ args, expected }) => {
		const config = adamConfig(...args);
		expect(config).toStrictEqual(expected);
		expect('batchSize' in config).toBe(args.length === 2);
	});
});
