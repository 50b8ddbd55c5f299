import { describe, expect, it } from 'vitest';
import { mostCommonLabel } from './label-share';
import { reference } from '../test-fixture';

describe('mostCommonLabel', () => {
	it.each([
		[[1, 7, 1, 3], { digit: 1, count: 2, share: 0.5 }],
		[[9, 4, 4, 9], { digit: 4, count: 2, share: 0.5 }],
		[[3], { digit: 3, count: 1, share: 1 }]
	])('of %j is %j (ties go to the smaller digit)', (labels, expected) => {
		expect(mostCommonLabel(labels)).toEqual(expected);
	});

	it('reads the fixture’s labels 7 2 1 0 4 1 4 9', () => {
		expect(mostCommonLabel(reference.labels)).toEqual({ digit: 1, count: 2, share: 0.25 });
	});

	it('refuses no labels', () => {
		expect(() => mostCommonLabel([])).toThrow('no labels');
	});
});
