import { describe, expect, it } from 'vitest';
import { judgeAnswer, judgeGuess, parseGuess } from './guess';

describe('judgeGuess', () => {
	it.each([
		// guess, actual, verdict: relative error = |g − a| / max(|a|, 0.01)
		[0.5, 0.5, 'exact'],
		[0.50004, 0.5, 'exact'], // 8e-5
		[0.503, 0.5, 'close'], // 6e-3
		[0.53, 0.5, 'near'], // 6e-2
		[0.8, 0.5, 'off'], // 0.6
		[-0.5, 0.5, 'off'],
		[0.00005, 0, 'close'], // 5e-5 / 0.01 = 5e-3: tiny values are judged on the 0.01 floor
		[0.0005, 0, 'near'], // 0.05
		[40.2, 40, 'close'] // 5e-3
	] as const)('judges %f against %f as %s', (guess, actual, verdict) => {
		expect(judgeGuess(guess, actual).verdict).toBe(verdict);
	});

	it('reports the signed difference and the relative error', () => {
		const result = judgeGuess(1.5, 2);
		expect(result.difference).toBe(-0.5);
		expect(result.relative).toBe(0.25);
	});

	it('refuses a guess or a value that is not a finite number', () => {
		expect(() => judgeGuess(Number.NaN, 1)).toThrow('the guess NaN is not a number');
		expect(() => judgeGuess(1, Infinity)).toThrow('the value Infinity is not finite');
	});
});

describe('judgeAnswer', () => {
	it.each([
		// guess, actual, scale, right: within one unit of the 4th figure + 1e-5 of the scale
		[0.7216, 0.72157, 0.72157, true],
		[0.7215, 0.72157, 0.72157, true],
		[0.7218, 0.72157, 0.72157, false],
		[0.72, 0.72157, 0.72157, false], // right to 2 figures only
		[-0.9188, -0.91877, 1.08, true],
		[1.235e-5, 1.2346e-5, 1.2346e-5, true],
		[1.3e-5, 1.2346e-5, 1.2346e-5, false],
		[0.001405, 0.00141, 0.7, true], // terms of 0.35 cancelled: 7e-6 of slack
		[0.0015, 0.00141, 0.7, false],
		[0, 0, 0, true],
		[1e-3, 0, 0, false]
	] as const)('judges %f against %f (scale %f) right: %s', (guess, actual, scale, right) => {
		expect(judgeAnswer(guess, actual, { scale }).right).toBe(right);
	});

	it('spots an answer whose only mistake is its sign', () => {
		expect(judgeAnswer(0.9188, -0.91877).flipped).toBe(true);
		expect(judgeAnswer(0.5, -0.91877).flipped).toBe(false);
		expect(judgeAnswer(-0.9188, -0.91877).flipped).toBe(false);
	});

	it('refuses a scale that is not a size', () => {
		expect(() => judgeAnswer(1, 1, { scale: -1 })).toThrow('the scale -1 is not a size');
	});
});

describe('parseGuess', () => {
	it.each([
		['0.5', 0.5],
		['  -1.25 ', -1.25],
		['.5', 0.5],
		['−0.25', -0.25],
		['1,5', 1.5],
		['3e-2', 0.03],
		['7', 7],
		['3.2×10^-5', 3.2e-5],
		['3.2 × 10⁻⁵', 3.2e-5],
		['−4.857×10⁻¹⁷', -4.857e-17],
		['1,5e-3', 1.5e-3],
		['2x10^3', 2000]
	])('reads "%s" as %f', (text, value) => {
		expect(parseGuess(text)).toBe(value);
	});

	it.each(['', 'abc', '1.2.3', '0x10', '1e999', '--1', '<b>1</b>'])('rejects "%s"', (text) => {
		expect(parseGuess(text)).toBeUndefined();
	});
});
