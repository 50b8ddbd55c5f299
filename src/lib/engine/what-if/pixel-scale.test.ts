import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { pixelScale } from './pixel-scale';
import { derive, reference } from '../test-fixture';

describe('pixelScale', () => {
	const { params, x, labels } = reference;
	const result = pixelScale(params, x, labels, DEFAULT_NETWORK, 0.1);

	it.each(['scaled', 'raw'] as const)(
		'the %s pixels give numpy’s sizes, overflows and step',
		(side) => {
			const ours = result[side];
			const theirs = derive.pixels[side];
			expect(ours.largestPixel).toBe(theirs.largestPixel);
			expect(ours.overflowing).toBe(theirs.overflowing);
			for (const key of ['largestZ1', 'largestZ2', 'loss', 'stepRatio'] as const) {
				expect(Math.abs(ours[key] - theirs[key]) / theirs[key], key).toBeLessThan(1e-13);
			}
		}
	);

	it('raw pixels overflow the notebook’s softmax and step far past the weights’ size', () => {
		expect(result.raw.overflowing).toBeGreaterThan(0);
		expect(result.scaled.overflowing).toBe(0);
		expect(result.raw.stepRatio).toBeGreaterThan(1);
		expect(result.scaled.stepRatio).toBeLessThan(1);
		expect(result.m).toBe(8);
	});
});
