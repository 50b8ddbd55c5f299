import { describe, expect, it } from 'vitest';
import { accuracy, crossEntropy, LOG_FLOOR, oneHot, predictions } from './loss';
import { matrix, ShapeError } from './matrix';

describe('one-hot labels, loss, predictions and accuracy', () => {
	it('oneHot puts label 4 in row 4 of a 10 × m matrix', () => {
		const y = oneHot([4, 0]);
		expect(y.shape).toEqual([10, 2]);
		for (let i = 0; i < 10; i++) {
			expect(y.data[i * 2]).toBe(i === 4 ? 1 : 0);
			expect(y.data[i * 2 + 1]).toBe(i === 0 ? 1 : 0);
		}
	});

	it.each([10, -1, 2.5, NaN])('oneHot refuses label %d', (label) => {
		expect(() => oneHot([1, label])).toThrow(RangeError);
	});

	it.each([
		{ probs: [0.25, 0.75], labels: [1], expected: -Math.log(0.75) },
		{ probs: [0.5, 0.5], labels: [0], expected: Math.LN2 },
		{ probs: [0.1, 0.4, 0.9, 0.6], labels: [1, 0], expected: -(Math.log(0.9) + Math.log(0.4)) / 2 },
		{ probs: [1, 0], labels: [0], expected: 0 }
	])(
		'crossEntropy of $probs against labels $labels is $expected',
		({ probs, labels, expected }) => {
			const a = matrix(2, labels.length, probs);
			const loss = crossEntropy(a, oneHot(labels, 2));
			expect(loss).toBeCloseTo(expected, 14);
			expect(Object.is(loss, -0)).toBe(false);
		}
	);

	it('a probability that underflowed to 0 costs −ln(MIN_VALUE) ≈ 744.4, not ∞', () => {
		const loss = crossEntropy(matrix(2, 1, [0, 1]), oneHot([0], 2));
		expect(loss).toBe(-Math.log(LOG_FLOOR));
		expect(loss).toBeCloseTo(744.44, 2);
	});

	it('crossEntropy names both shapes when A and Y differ', () => {
		expect(() => crossEntropy(matrix(10, 8), matrix(10, 9))).toThrow(ShapeError);
		expect(() => crossEntropy(matrix(10, 8), matrix(10, 9))).toThrow('[10×8] and Y [10×9]');
	});

	it('predictions take the row of the largest probability, the first on a tie', () => {
		const a = matrix(3, 3, [0.1, 0.5, 0.2, 0.7, 0.5, 0.2, 0.2, 0, 0.6]);
		expect(Array.from(predictions(a))).toEqual([1, 0, 2]);
	});

	it('accuracy is the fraction of right predictions', () => {
		expect(accuracy([1, 2, 3, 4], [1, 2, 0, 4])).toBe(0.75);
		expect(() => accuracy([1], [1, 2])).toThrow(RangeError);
	});
});
