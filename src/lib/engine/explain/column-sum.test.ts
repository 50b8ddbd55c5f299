import { describe, expect, it } from 'vitest';
import { columnSumTerms, sumColumns } from './column-sum';
import { matrix } from '../matrix';
import { softmax } from '../softmax';
import { reference } from '../test-fixture';
import { DEFAULT_NETWORK } from '../config';
import { Stepper } from '../steps/stepper';

describe('columnSumTerms', () => {
	it.each([
		{ rows: 2, cols: 2, data: [0.25, 1, 0.75, 2], j: 0, terms: [0.25, 0.75], sum: 1 },
		{ rows: 2, cols: 2, data: [0.25, 1, 0.75, 2], j: 1, terms: [1, 2], sum: 3 },
		{ rows: 3, cols: 1, data: [0.1, 0.2, 0.3], j: 0, terms: [0.1, 0.2, 0.3], sum: 0.1 + 0.2 + 0.3 }
	])('sums column $j of $data into $sum, rows in order', ({ rows, cols, data, j, terms, sum }) => {
		const c = columnSumTerms(matrix(rows, cols, data), j);
		expect(c.terms.map((t) => t.value)).toEqual(terms);
		expect(c.terms.map((t) => t.i)).toEqual(terms.map((_, i) => i));
		expect(c.sum).toBe(sum);
	});

	it('adds every column of the lesson’s A2 to within a rounding of 1', () => {
		const s = new Stepper(
			reference.x,
			reference.labels,
			DEFAULT_NETWORK,
			{ kind: 'gd', alpha: 0.1 },
			reference.params
		);
		s.runTo('A2');
		const a2 = s.value('A2') ?? matrix(0, 0);
		for (let j = 0; j < a2.shape[1]; j++) {
			expect(Math.abs(columnSumTerms(a2, j).sum - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
		}
	});

	it('adds a softmax column of large scores to about 1', () => {
		const a = softmax(matrix(3, 1, [1000, 999, 998]));
		expect(columnSumTerms(a, 0).sum).toBeCloseTo(1, 15);
	});

	it.each([
		{ j: 2, message: 'columnSumTerms: column 2 is outside [2×2]' },
		{ j: -1, message: 'columnSumTerms: column -1 is outside [2×2]' },
		{ j: 0.5, message: 'columnSumTerms: column 0.5 is outside [2×2]' }
	])('refuses a column outside the matrix: $message', ({ j, message }) => {
		expect(() => columnSumTerms(matrix(2, 2), j)).toThrow(message);
	});

	it('refuses a matrix with no rows', () => {
		expect(() => columnSumTerms(matrix(0, 3), 0)).toThrow('columnSumTerms: [0×3] has no rows');
	});
});

describe('sumColumns', () => {
	it('sums each column (hand-worked)', () => {
		const s = sumColumns(matrix(2, 3, [1, 2, 3, 4, 5, 6]));
		expect(s.shape).toEqual([1, 3]);
		expect(Array.from(s.data)).toEqual([5, 7, 9]);
	});

	it('gives, for each column, exactly the sum columnSumTerms shows term by term', () => {
		const m = matrix(3, 2, [0.1, 0.7, 0.2, 0.2, 0.3, 0.1]);
		const sums = sumColumns(m);
		for (let j = 0; j < 2; j++) expect(sums.data[j]).toBe(columnSumTerms(m, j).sum);
	});

	it('gives 0 up to rounding for every column of dZ2 = A2 − Y', () => {
		const s = new Stepper(reference.x, reference.labels, DEFAULT_NETWORK, {
			kind: 'gd',
			alpha: 0.1
		});
		s.runTo('dZ2');
		const sums = sumColumns(s.value('dZ2') ?? matrix(0, 0));
		for (const v of sums.data) expect(Math.abs(v)).toBeLessThan(1e-15);
	});
});
