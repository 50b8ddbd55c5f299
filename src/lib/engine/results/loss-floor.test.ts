import { describe, expect, it } from 'vitest';
import { crossEntropy, LOG_FLOOR, oneHot } from '../loss';
import { lossFloor } from './loss-floor';
import { matrix } from '../matrix';

/** Two classes, three images: image 1's true class got probability exactly 0. */
const a2 = matrix(2, 3, [0.5, 0, 1, 0.5, 1, 0]);

describe('lossFloor', () => {
	it('counts the images whose true-class probability underflowed to 0', () => {
		const f = lossFloor(a2, [0, 0, 0]);
		expect([f.floored, f.images]).toEqual([1, 3]);
		expect(f.perImage).toBe(-Math.log(LOG_FLOOR));
	});

	it('is the part of crossEntropy that the floor contributes', () => {
		const labels = [0, 0, 0];
		const f = lossFloor(a2, labels);
		// The other two images add −ln 0.5 and −ln 1.
		expect(crossEntropy(a2, oneHot(labels, 2))).toBeCloseTo(f.part + Math.LN2 / 3, 12);
	});

	it('is zero when no probability underflowed', () => {
		expect(lossFloor(a2, [0, 1, 0])).toMatchObject({ floored: 0, part: 0 });
	});

	it('needs one label per column', () => {
		expect(() => lossFloor(a2, [0, 1])).toThrow('3 columns but there are 2 labels');
	});
});
