import { describe, expect, it } from 'vitest';
import { judgeGuess, parseGuess } from './guess';

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

describe('parseGuess', () => {
	it.each([
		['0.5', 0.5],
		['  -1.25 ', -1.25],
		['.5', 0.5],
		['−0.25', -0.25],
		['1,5', 1.5],
		['3e-2', 0.03],
		['7', 7]
	])('reads "%s" as %f', (text, value) => {
		expect(parseGuess(text)).toBe(value);
	});

	it.each(['', 'abc', '1.2.3', '0x10', '1e999', '--1', '<b>1</b>'])('rejects "%s"', (text) => {
		expect(parseGuess(text)).toBeUndefined();
	});
});
