import { describe, expect, it } from 'vitest';
import { grouped } from './grouped';

describe('grouped', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[60000, '60,000'],
		[4294967295, '4,294,967,295'],
		[0.000001, '0.000001'],
		[1234.5, '1,234.5'],
		[-1000, '−1,000']
	])('writes %d as %s', (value, text) => {
		expect(grouped(value)).toBe(text);
	});
});
