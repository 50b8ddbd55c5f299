import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { initParams } from '../init';
import { forwardBound } from './params-range';

describe('forwardBound', () => {
	it('bounds |Z²| over every image with pixels in [0, 1], and is reached by the worst one', () => {
		const params = initParams({ ...DEFAULT_NETWORK, seed: 5 });
		const bound = forwardBound(params);
		// The worst image lights pixel j when W¹ᵢⱼ > 0 for the hidden node that matters; with
		// ReLU the bound is not reached, but it must hold for every image tried.
		const { W1, b1, W2, b2 } = params;
		for (const fill of [0, 1, 0.5]) {
			const z1 = Array.from({ length: 10 }, (_, i) => {
				let s = b1.data[i];
				for (let j = 0; j < 784; j++) s += W1.data[i * 784 + j] * fill;
				return Math.max(0, s);
			});
			for (let k = 0; k < 10; k++) {
				let z2 = b2.data[k];
				for (let i = 0; i < 10; i++) z2 += W2.data[k * 10 + i] * z1[i];
				expect(Math.abs(z2)).toBeLessThanOrEqual(bound);
			}
		}
		expect(bound).toBeGreaterThan(0);
	});

	it('is Σ|W²| · (Σ|W¹| + |b¹|) + |b²| for one hidden node', () => {
		const network = { ...DEFAULT_NETWORK, hidden: 1 };
		const params = initParams(network);
		params.W1.data.fill(-2);
		params.b1.data[0] = 3;
		params.W2.data.fill(0.5);
		params.W2.data[4] = -4;
		params.b2.data.fill(1);
		expect(forwardBound(params)).toBe(4 * (2 * 784 + 3) + 1);
	});
});
