import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from './config';
import { gradients, gradientsOf } from './gradients';
import { relativeError } from './matrix';
import { Stepper } from './steps/stepper';
import { bits, mnistLike, reference } from './test-fixture';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };
const NAMES = ['dW1', 'db1', 'dW2', 'db2'] as const;
const GD = { kind: 'gd', alpha: 0.1 } as const;

describe('gradients', () => {
	it.each([
		{ name: 'fixture, ReLU', network: DEFAULT_NETWORK, ...reference },
		{ name: 'fixture, Leaky ReLU', network: LEAKY, ...reference },
		{ name: '20 seeded images, seed init', network: DEFAULT_NETWORK, ...mnistLike(20, 3) }
	])('equals the Stepper’s dW1, db1, dW2, db2 bit for bit: $name', (c) => {
		const s = new Stepper(c.x, c.labels, c.network, GD, 'params' in c ? c.params : undefined);
		s.runTo('db1');
		const g = gradients(s.initial, c.x, c.labels, c.network);
		const lesson = gradientsOf(s.state.values);
		for (const name of NAMES) expect(bits(g[name]), name).toEqual(bits(lesson[name]));
	});

	it('agrees with numpy’s first iteration on the fixture to 1e-9', () => {
		const g = gradients(reference.params, reference.x, reference.labels, DEFAULT_NETWORK);
		for (const name of NAMES) {
			expect(relativeError(g[name], reference.first[name]), name).toBeLessThan(1e-9);
		}
	});

	// The slip changes dZ1 and what is made from it; the output layer's gradients are untouched.
	it('no-g-prime leaves dW2 and db2 alone and changes dW1 and db1', () => {
		const args = [reference.params, reference.x, reference.labels, DEFAULT_NETWORK] as const;
		const right = gradients(...args);
		const slip = gradients(...args, 'no-g-prime');
		expect(bits(slip.dW2)).toEqual(bits(right.dW2));
		expect(bits(slip.db2)).toEqual(bits(right.db2));
		expect(relativeError(slip.dW1, right.dW1)).toBeGreaterThan(0.1);
		expect(relativeError(slip.db1, right.db1)).toBeGreaterThan(0.1);
	});

	it('scalar-db leaves the weight gradients alone and gives every bias one number', () => {
		const args = [reference.params, reference.x, reference.labels, DEFAULT_NETWORK] as const;
		const right = gradients(...args);
		const slip = gradients(...args, 'scalar-db');
		expect(bits(slip.dW1)).toEqual(bits(right.dW1));
		expect(bits(slip.dW2)).toEqual(bits(right.dW2));
		expect(new Set(slip.db1.data).size).toBe(1);
		expect(slip.db1.data[0]).toBeCloseTo(
			right.db1.data.reduce((a, b) => a + b, 0),
			14
		);
	});

	it.each([
		{
			args: () => gradients(reference.params, reference.x, [1, 2], DEFAULT_NETWORK),
			message: 'X has 8 columns but there are 2 labels'
		},
		{
			args: () =>
				gradients(reference.params, reference.x, reference.labels, {
					...DEFAULT_NETWORK,
					hidden: 11
				}),
			message: 'params: W1 is [10×784], expected [11×784]'
		}
	])('refuses what does not fit: $message', ({ args, message }) => {
		expect(args).toThrow(message);
	});
});

describe('gradientsOf', () => {
	it('names the gradients a Stepper has not computed yet', () => {
		const s = new Stepper(reference.x, reference.labels, DEFAULT_NETWORK, GD, reference.params);
		s.runTo('db2');
		expect(() => gradientsOf(s.state.values)).toThrow(
			'gradientsOf: dW1, db1 not computed yet (run up to db1 first)'
		);
	});
});
