import { describe, expect, it } from 'vitest';
import { decimal, quote, readChoice, readNumber } from './read';

describe('readNumber', () => {
	it.each([
		['iterations', '250', 250],
		['alpha', '0.05', 0.05],
		['alpha', '0,05', 0.05],
		['alpha', '.5', 0.5],
		['alpha', '1e-3', 0.001],
		['alpha', '1E-3', 0.001],
		['trainSize', '30,000', 30000],
		['trainSize', ' 12 000 ', 12000],
		['trainSize', '12_000', 12000],
		['seed', '4294967295', 4294967295],
		['seed', '2147483648', 2147483648],
		['m', '+4', 4]
	] as const)('reads %s = “%s” as %d without a notice', (name, text, value) => {
		expect(readNumber(name, text, 1)).toEqual({ value });
	});

	it.each([
		['iterations', '9000', 5000, 'Iterations = “9000” is outside 1 … 5,000; using 5,000.'],
		['iterations', '0', 1, 'Iterations = “0” is outside 1 … 5,000; using 1.'],
		['trainSize', '500', 1000, 'Training images = “500” is outside 1,000 … 60,000; using 1,000.'],
		['hidden', '12.4', 12, 'Hidden nodes = “12.4” is not a whole number; using 12.'],
		['alpha', '-1', 0.000001, 'α = “-1” is outside 0.000001 … 100; using 0.000001.'],
		['alpha', '1e9', 100, 'α = “1e9” is outside 0.000001 … 100; using 100.'],
		['m', '1e6', 1000, 'm = “1e6” is outside 1 … 1,000; using 1,000.'],
		['m', '1e309', 1000, 'm = “1e309” is outside 1 … 1,000; using 1,000.'],
		['seed', '-3', 0, 'Seed = “-3” is outside 0 … 4,294,967,295; using 0.'],
		['seed', '4294967296', 4294967295, 'Seed = “4294967296” is outside 0 … 4,294,967,295']
	] as const)('holds %s = “%s” to %d and says so', (name, text, value, notice) => {
		const reading = readNumber(name, text, 7);
		expect(reading.value).toBe(value);
		expect(reading.notice).toContain(notice);
	});

	it.each([
		'',
		' ',
		'ten',
		'1..2',
		'NaN',
		'Infinity',
		'-Infinity',
		'0x10',
		'0o17',
		'0b11',
		'1e',
		'.'
	])('keeps the fallback for “%s”, which is not a decimal number', (text) => {
		const reading = readNumber('alpha', text, 0.1);
		expect(reading.value).toBe(0.1);
		expect(reading.notice).toMatch(/^α = “.*” is not a decimal number; using 0\.1\.$/);
	});

	it('names the setting as the caller says (an address uses its key)', () => {
		expect(readNumber('alpha', 'x', 0.1, 'alpha').notice).toMatch(/^alpha = “x”/);
	});
});

describe('decimal', () => {
	it.each([
		['0x10', NaN],
		['1,000', 1000],
		['1,5', 1.5],
		['-0.25', -0.25],
		['1e309', Infinity]
	])('reads “%s” as %d', (text, value) => {
		expect(decimal(text)).toBe(value);
	});
});

describe('quote', () => {
	it.each([
		['Z1', '“Z1”'],
		['\u0000Z1', '“\\u{0}Z1”'],
		[' Z1', '“ Z1”'],
		['a\nb', '“a\\u{a}b”'],
		['\u202eevil', '“\\u{202e}evil”'],
		['x'.repeat(30), `“${'x'.repeat(24)}…”`]
	])('shows “%s” as it was given: %s', (text, shown) => {
		expect(quote(text)).toBe(shown);
	});
});

describe('readChoice', () => {
	it('takes an option as given', () => {
		expect(readChoice('activation', 'relu', ['relu', 'leaky-relu'], undefined)).toEqual({
			value: 'relu'
		});
	});

	it.each([
		['sigmoid', undefined, 'activation = “sigmoid” is not one of relu, leaky-relu; ignoring it.'],
		['RELU', 'relu', 'activation = “RELU” is not one of relu, leaky-relu; using relu.']
	] as const)('refuses “%s” with a notice', (text, fallback, notice) => {
		const reading = readChoice('activation', text, ['relu', 'leaky-relu'], fallback);
		expect(reading).toEqual({ value: fallback, notice });
	});
});
