import { describe, expect, it } from 'vitest';
import { gdStep } from './gd';

describe('gdStep', () => {
	// W := W − α dW, worked by hand: 1 − 0.1·0.5 = 0.95, 2 − 0.1·(−1) = 2.1, 3 − 0.1·0 = 3.
	it.each([
		{ type: 'Float64Array', make: Float64Array.from.bind(Float64Array) },
		{ type: 'Float32Array', make: Float32Array.from.bind(Float32Array) }
	])('moves each parameter against its gradient, in place ($type)', ({ make }) => {
		const w = make([1, 2, 3]);
		gdStep(w, make([0.5, -1, 0]), 0.1);
		expect(w[0]).toBeCloseTo(0.95, 6);
		expect(w[1]).toBeCloseTo(2.1, 6);
		expect(w[2]).toBe(3);
	});

	it('refuses arrays of different lengths', () => {
		expect(() => gdStep(new Float64Array(2), new Float64Array(3), 0.1)).toThrow(
			'gdStep: 2 parameters but 3 gradients'
		);
	});
});
