import { describe, expect, it } from 'vitest';
import { parseSheetQuery } from './sheet-query';

const parse = (query: string) => parseSheetQuery(new URLSearchParams(query));

describe('parseSheetQuery', () => {
	it('reads a worksheet address without a notice', () => {
		expect(parse('m=2&seed=5&alpha=0.5&act=leaky-relu')).toEqual({
			settings: { m: 2, seed: 5, alpha: 0.5, activation: 'leaky-relu' },
			notices: []
		});
	});

	it('starts from one image and the lesson’s defaults', () => {
		expect(parse('')).toEqual({
			settings: { m: 1, seed: 0, alpha: 0.1, activation: 'relu' },
			notices: []
		});
	});

	it.each([
		['m=8', { m: 2 }, 'm = “8” is outside 1 … 2; using 2. A worksheet is for 1 or 2 images.'],
		['m=abc', { m: 1 }, 'm = “abc” is not a decimal number; using 1.'],
		['m=1&m=2', { m: 1 }, 'm is given 2 times; using the first.'],
		['seed=abc', { seed: 0 }, 'seed = “abc” is not a decimal number; using 0.'],
		['alpha=1e9', { alpha: 100 }, 'α = “1e9” is outside 0.000001 … 100; using 100.'],
		['act=<b>', { activation: 'relu' }, 'activation = “<b>” is not one of relu, leaky-relu'],
		['it=3', {}, 'it says where to stand in a lesson; a worksheet always works through iteration 1']
	])('says what it does with %s', (query, settings, notice) => {
		const { settings: got, notices } = parse(query);
		expect(got).toMatchObject(settings);
		expect(notices.join(' ')).toContain(notice);
	});
});
