import { describe, expect, it } from 'vitest';
import { networkOf, optimizerOf } from './network';

describe('optimizerOf', () => {
	it.each([
		[{ optimizer: 'gd', alpha: 0.1, batchSize: 100 }, Infinity, { kind: 'gd', alpha: 0.1 }],
		[
			{ optimizer: 'minibatch', alpha: 0.1, batchSize: 5000 },
			1000,
			{ kind: 'minibatch', alpha: 0.1, batchSize: 1000 }
		],
		[
			{ optimizer: 'minibatch', alpha: 0.2, batchSize: 64 },
			Infinity,
			{ kind: 'minibatch', alpha: 0.2, batchSize: 64 }
		],
		[
			{ optimizer: 'adam', alpha: 0.01, batchSize: 100 },
			Infinity,
			{ kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
		]
	] as const)('turns %o on %d images into %o', (settings, images, expected) => {
		expect(optimizerOf(settings, images)).toEqual(expected);
	});
});

describe('networkOf', () => {
	it('keeps the notes’ init and slope, and the notes’ 10 hidden nodes unless told', () => {
		expect(networkOf({ activation: 'leaky-relu', seed: 3 })).toEqual({
			hidden: 10,
			activation: 'leaky-relu',
			leakySlope: 0.01,
			init: 'uniform',
			seed: 3
		});
		expect(networkOf({ activation: 'relu', seed: 0, hidden: 32 }).hidden).toBe(32);
	});
});
