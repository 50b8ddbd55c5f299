import { describe, expect, it } from 'vitest';
import { expTerms, softmaxNaive, softmaxVector } from './softmax-vector';
import { bits } from '../test-fixture';

/**
 * Reference probabilities from numpy float64: e = np.exp(z - z.max()); e / e.sum() (stable)
 * and np.exp(z) / np.sum(np.exp(z)) (naive). numpy's exp may differ from V8's in the last
 * bit, so they are compared to 14 decimals, not bit for bit.
 */
const NUMPY = [
	{
		z: [1.3, 5.1, 2.2, 0.7],
		stable: [0.020529834274790715, 0.9177079095343101, 0.050495244253811834, 0.011267011937087117],
		naive: [0.020529834274790718, 0.9177079095343104, 0.050495244253811834, 0.011267011937087115]
	},
	{ z: [0, 0, 0, 0], stable: [0.25, 0.25, 0.25, 0.25], naive: [0.25, 0.25, 0.25, 0.25] },
	{ z: [709, 0], stable: [1, 1.216780750623423e-308], naive: [1, 1.216780750623423e-308] },
	{ z: [710, 0], stable: [1, 0], naive: [NaN, 0] },
	{
		z: [1000, 999, 998],
		stable: [0.6652409557748218, 0.24472847105479764, 0.09003057317038046],
		naive: [NaN, NaN, NaN]
	},
	{ z: [-800, -801], stable: [0.7310585786300049, 0.2689414213699951], naive: [NaN, NaN] }
];

function expectClose(actual: number[], expected: number[]): void {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((a, i) => {
		if (Number.isNaN(expected[i])) expect(a).toBeNaN();
		else expect(a).toBeCloseTo(expected[i], 14);
	});
}

describe('softmaxVector', () => {
	it.each(NUMPY)('matches numpy’s stable softmax of $z', ({ z, stable }) => {
		expectClose(softmaxVector(z), stable);
	});

	it.each(NUMPY)('gives positive probabilities summing to 1 for $z', ({ z }) => {
		const p = softmaxVector(z);
		expect(p.every((v) => v >= 0)).toBe(true);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
	});

	it('rounds the notes’ worked example to .02 .92 .05 .01 (the notes write .90)', () => {
		expect(softmaxVector([1.3, 5.1, 2.2, 0.7]).map((p) => Math.round(p * 100) / 100)).toEqual([
			0.02, 0.92, 0.05, 0.01
		]);
	});
});

describe('softmaxNaive', () => {
	it.each(NUMPY)('matches numpy’s exp(z) / sum(exp(z)) for $z, NaN and all', ({ z, naive }) => {
		expectClose(softmaxNaive(z), naive);
	});

	it.each([
		{ z: 709.78, finite: true },
		{ z: 709.79, finite: false }
	])('first fails between 709.78 and 709.79 (ln of the largest double ≈ 709.7827): $z', (c) => {
		expect(Number.isNaN(softmaxNaive([c.z, 0])[0])).toBe(!c.finite);
	});
});

describe('expTerms', () => {
	// z = (1000, 999, 998): the stable form subtracts 1000, giving e⁰, e⁻¹, e⁻²; numpy sums
	// them to 1.5032147244080551. The naive form keeps 1000, and e¹⁰⁰⁰ = ∞.
	it.each([
		{
			form: 'stable' as const,
			max: 1000,
			shifted: [0, -1, -2],
			exps: [1, Math.exp(-1), Math.exp(-2)],
			sum: 1.5032147244080551
		},
		{
			form: 'naive' as const,
			max: 0,
			shifted: [1000, 999, 998],
			exps: [Infinity, Infinity, Infinity],
			sum: Infinity
		}
	])('shows the $form working for (1000, 999, 998)', ({ form, max, shifted, exps, sum }) => {
		const t = expTerms([1000, 999, 998], form);
		expect(t.max).toBe(max);
		expect(t.shifted).toEqual(shifted);
		expect(t.exps).toEqual(exps);
		expect(t.sum).toBeCloseTo(sum, 14);
	});

	it.each(NUMPY)('stable working ends in softmaxVector’s numbers bit for bit: $z', ({ z }) => {
		expect(bits([...expTerms(z).probabilities])).toEqual(bits(softmaxVector(z)));
	});

	it.each([expTerms, softmaxVector, softmaxNaive])('%o refuses an empty list', (f) => {
		expect(() => f([])).toThrow('softmax needs at least one score');
	});
});
