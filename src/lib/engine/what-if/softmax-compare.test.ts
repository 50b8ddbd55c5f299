import { describe, expect, it } from 'vitest';
import { compareSoftmax, EXP_OVERFLOW } from './softmax-compare';
import { expTerms, softmaxNaive, softmaxVector } from '../explain/softmax-vector';

const EXAMPLE = [1.3, 5.1, 2.2, 0.7];

describe('compareSoftmax', () => {
	it('gives both forms the scores z + c', () => {
		expect(compareSoftmax(EXAMPLE, 10).scores).toEqual([11.3, 15.1, 12.2, 10.7]);
		expect(compareSoftmax(EXAMPLE).scores).toEqual(EXAMPLE);
	});

	it('gives expTerms’ working for both forms, with no shift', () => {
		const c = compareSoftmax(EXAMPLE);
		expect(c.stable).toEqual(expTerms(EXAMPLE, 'stable'));
		expect(c.naive).toEqual(expTerms(EXAMPLE, 'naive'));
		expect(c.stable.probabilities).toEqual(softmaxVector(EXAMPLE));
		expect(c.overflowing).toEqual([]);
	});

	it.each([
		{ shift: 0, naiveNaN: [false, false, false, false], overflowing: [] },
		{ shift: 700, naiveNaN: [false, false, false, false], overflowing: [] },
		{ shift: 705, naiveNaN: [false, true, false, false], overflowing: [1] },
		{ shift: 1000, naiveNaN: [true, true, true, true], overflowing: [0, 1, 2, 3] },
		{ shift: -760, naiveNaN: [true, true, true, true], overflowing: [] }
	])('with c = $shift the naive form is NaN at $naiveNaN', ({ shift, naiveNaN, overflowing }) => {
		const c = compareSoftmax(EXAMPLE, shift);
		expect(c.naive.probabilities.map(Number.isNaN)).toEqual(naiveNaN);
		expect(c.naive.probabilities).toEqual(softmaxNaive(c.scores));
		expect(c.overflowing).toEqual(overflowing);
	});

	it.each([0, 700, 705, 1000, -760])(
		'keeps the stable form finite and near softmax(z) for c = %d',
		(shift) => {
			const p = compareSoftmax(EXAMPLE, shift).stable.probabilities;
			const reference = softmaxVector(EXAMPLE);
			p.forEach((v, i) => expect(v).toBeCloseTo(reference[i], 12));
		}
	);

	it('puts the overflow at ln(largest double) ≈ 709.78', () => {
		expect(EXP_OVERFLOW).toBeCloseTo(709.782712893384, 12);
		expect(Math.exp(EXP_OVERFLOW)).toBeLessThan(Infinity);
		expect(Math.exp(EXP_OVERFLOW + 1e-9)).toBe(Infinity);
	});

	it('refuses a shift that is not finite', () => {
		expect(() => compareSoftmax(EXAMPLE, Infinity)).toThrow('compareSoftmax: shift Infinity');
	});
});
