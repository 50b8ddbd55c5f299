import { describe, expect, it } from 'vitest';
import { allFinite, exact, percent, short } from './format';

describe('format', () => {
	it.each([
		[0, '0'],
		[0.123456, '0.1235'],
		[-2.5, '−2.5'],
		[1234567, '1.235×10⁶'],
		[-3.2e-17, '−3.200×10⁻¹⁷'],
		[4.2e-5, '4.200×10⁻⁵'],
		[Number.NaN, 'NaN'],
		[Infinity, '∞'],
		[-Infinity, '−∞']
	])('short(%f) is %s, with real minus signs and raised exponents', (value, text) => {
		expect(short(value)).toBe(text);
	});

	it('exact() writes the shortest decimal that reads back as the same double', () => {
		for (const value of [0.1, -Math.PI / 11, 1 / 3, Number.MIN_VALUE]) {
			expect(Number(exact(value).replaceAll('−', '-'))).toBe(value);
		}
		expect(exact(-1.5e-7)).toBe('−1.5e−7');
	});

	it.each([
		[Number.NaN, 'NaN'],
		[Infinity, '∞'],
		[-Infinity, '−∞']
	])('exact(%f) is %s, never a word like -Infinity that reads as a value', (value, text) => {
		expect(exact(value)).toBe(text);
	});

	it.each([
		[[0.1, -2, 1e300], true],
		[[0.1, Number.NaN], false],
		[new Float64Array([1, -Infinity]), false],
		[[], true]
	])('allFinite(%o) is %s', (values, finite) => {
		expect(allFinite(values)).toBe(finite);
	});

	it('percent() writes a fraction as a percentage', () => {
		expect(percent(0.8348)).toBe('83.5%');
		expect(percent(0.5, 0)).toBe('50%');
	});
});
