import { describe, expect, it } from 'vitest';
import { confusionMatrix, imagesWhere } from './confusion';

/** Six images of digits 0–2: two 0s right, one 1 read as 2, one 1 right, two 2s read as 0 and 2. */
const labels = [0, 0, 1, 1, 2, 2];
const predictions = [0, 0, 2, 1, 0, 2];

describe('confusionMatrix', () => {
	it('counts each (label, prediction) pair in row label, column prediction', () => {
		const c = confusionMatrix(predictions, labels, 3);
		expect(c.counts.shape).toEqual([3, 3]);
		expect([...c.counts.data]).toEqual([2, 0, 0, 0, 1, 1, 1, 0, 1]);
	});

	it('gives the totals, the accuracy and each label’s recall', () => {
		const c = confusionMatrix(predictions, labels, 3);
		expect([c.total, c.correct, c.accuracy]).toEqual([6, 4, 4 / 6]);
		expect([...c.perLabel]).toEqual([2, 2, 2]);
		expect([...c.recall]).toEqual([1, 0.5, 0.5]);
	});

	it('uses ten classes by default and marks a label with no images NaN', () => {
		const c = confusionMatrix([3], [3]);
		expect(c.counts.shape).toEqual([10, 10]);
		expect(c.counts.data[3 * 10 + 3]).toBe(1);
		expect(c.recall[3]).toBe(1);
		expect(c.recall[0]).toBeNaN();
	});

	it('sums to the number of images, whatever they are', () => {
		const n = 500;
		const ys = Array.from({ length: n }, (_, j) => (j * 7) % 10);
		const ps = Array.from({ length: n }, (_, j) => (j * 3) % 10);
		const c = confusionMatrix(ps, ys);
		expect(c.counts.data.reduce((a, b) => a + b, 0)).toBe(n);
	});

	it.each([
		[[0, 1], [0], '2 predictions for 1 labels'],
		[[0, 10], [0, 1], 'prediction 10 of image 1 is not in 0..9'],
		[[0, 1], [0, -1], 'label -1 of image 1 is not in 0..9'],
		[[0, 1.5], [0, 1], 'prediction 1.5 of image 1']
	])('refuses predictions %j for labels %j: %s', (ps, ys, message) => {
		expect(() => confusionMatrix(ps, ys)).toThrow(message);
	});
});

describe('imagesWhere', () => {
	it.each([
		[{}, [0, 1, 2, 3, 4, 5]],
		[{ mistakesOnly: true }, [2, 4]],
		[{ label: 2 }, [4, 5]],
		[{ label: 1, predicted: 2 }, [2]],
		[{ predicted: 0, mistakesOnly: true }, [4]],
		[{ label: 0, predicted: 1 }, []]
	])('with %j finds images %j', (filter, expected) => {
		expect(imagesWhere(predictions, labels, filter)).toEqual(expected);
	});

	it('needs one prediction per label', () => {
		expect(() => imagesWhere([1], [1, 2])).toThrow('1 predictions for 2 labels');
	});
});
