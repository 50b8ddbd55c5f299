import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from './config';
import { initParams } from './init';
import { checkParams, parameterCount, paramShapes } from './params';

describe('params', () => {
	it.each([
		// hidden, and the count by hand: hidden·784 + hidden + 10·hidden + 10
		[10, 7840 + 10 + 100 + 10],
		[1, 784 + 1 + 10 + 10],
		[32, 32 * 784 + 32 + 320 + 10]
	])('parameterCount with %i hidden nodes is %i', (hidden, count) => {
		expect(parameterCount(initParams({ ...DEFAULT_NETWORK, hidden }))).toBe(count);
	});

	it('paramShapes gives W1 hidden × inputs, b1 hidden × 1, W2 10 × hidden, b2 10 × 1', () => {
		expect(paramShapes(16, 784)).toEqual({ W1: [16, 784], b1: [16, 1], W2: [10, 16], b2: [10, 1] });
	});

	it('checkParams names the parameter, its shape and the one expected', () => {
		const params = initParams(DEFAULT_NETWORK);
		expect(() => checkParams(params, { hidden: 10 }, 784)).not.toThrow();
		expect(() => checkParams(params, { hidden: 12 }, 784)).toThrow(
			'params: W1 is [10×784], expected [12×784] (hidden = 12, inputs = 784)'
		);
	});
});
