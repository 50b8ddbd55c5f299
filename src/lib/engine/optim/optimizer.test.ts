import { describe, expect, it } from 'vitest';
import type { OptimizerConfig } from '../config';
import { matrix, ShapeError } from '../matrix';
import {
	batchSizeOf,
	checkOptimizer,
	cloneOptimizerState,
	EMPTY_OPTIMIZER_STATE,
	updateParam
} from './optimizer';

const ADAM: OptimizerConfig = { kind: 'adam', alpha: 0.25, beta1: 0.5, beta2: 0.75, epsilon: 0 };

describe('updateParam', () => {
	it('gradient descent returns W − α dW as a new matrix and leaves the input alone', () => {
		const w = matrix(1, 2, [1, 2]);
		const { param, state } = updateParam(
			{ kind: 'gd', alpha: 0.5 },
			'W1',
			w,
			matrix(1, 2, [2, -2]),
			EMPTY_OPTIMIZER_STATE
		);
		expect(Array.from(param.data)).toEqual([0, 3]);
		expect(Array.from(w.data)).toEqual([1, 2]);
		expect(state).toBe(EMPTY_OPTIMIZER_STATE);
	});

	// Same hand-worked case as adam.test.ts: g = 2 twice moves W by α = 0.25 each time.
	it('Adam keeps per-parameter moments in a new state and never changes the old one', () => {
		const g = matrix(1, 1, [2]);
		const one = updateParam(ADAM, 'b2', matrix(1, 1, [3]), g, EMPTY_OPTIMIZER_STATE);
		const two = updateParam(ADAM, 'b2', one.param, g, one.state);
		expect([one.param.data[0], two.param.data[0]]).toEqual([2.75, 2.5]);
		expect(one.state.b2?.t).toBe(1);
		expect(Array.from(one.state.b2?.m ?? [])).toEqual([1]);
		expect(two.state.b2?.t).toBe(2);
		expect(Array.from(two.state.b2?.m ?? [])).toEqual([1.5]);
		expect(two.state.W1).toBeUndefined();
	});

	it('cloneOptimizerState copies the moments', () => {
		const { state } = updateParam(ADAM, 'b2', matrix(1, 1), matrix(1, 1, [1]), {});
		const copy = cloneOptimizerState(state);
		expect(copy).toEqual(state);
		expect(copy.b2?.m).not.toBe(state.b2?.m);
	});

	it('names both shapes when the gradient does not fit', () => {
		const op = () => updateParam(ADAM, 'W1', matrix(10, 784), matrix(784, 10), {});
		expect(op).toThrow(ShapeError);
		expect(op).toThrow('update W1: [10×784] and its gradient [784×10] differ');
	});
});

describe('checkOptimizer and batchSizeOf', () => {
	it.each([
		{ kind: 'gd', alpha: 0 },
		{ kind: 'gd', alpha: NaN },
		{ kind: 'minibatch', alpha: 0.1, batchSize: 0 },
		{ kind: 'adam', alpha: 0.001, beta1: 1, beta2: 0.999, epsilon: 1e-8 },
		{ kind: 'adam', alpha: 0.001, beta1: 0.9, beta2: 0.999, epsilon: -1 }
	] as OptimizerConfig[])('refuses %o', (config) => {
		expect(() => checkOptimizer(config)).toThrow(RangeError);
	});

	it('trains on the full batch unless a batch size is given', () => {
		expect(batchSizeOf({ kind: 'gd', alpha: 0.1 }, 100)).toBe(100);
		expect(batchSizeOf({ kind: 'minibatch', alpha: 0.1, batchSize: 32 }, 100)).toBe(32);
		expect(batchSizeOf({ ...ADAM, batchSize: 500 }, 100)).toBe(100);
		expect(batchSizeOf(ADAM, 100)).toBe(100);
	});
});
