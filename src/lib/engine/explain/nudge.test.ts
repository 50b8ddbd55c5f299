/**
 * The nudge check against numpy: the same entries nudged by the same ε give numpy's losses and
 * central differences; the right gradients pass, and the notes' dZ¹ without g′ fails for the
 * first layer while the second layer's entries, which it does not touch, still pass.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { gradients } from '../gradients';
import { nudge, NUDGE_AGREES } from './nudge';
import { derive, leakyReference, mnistLike, reference } from '../test-fixture';

const cases = [
	{ name: 'ReLU', ...reference, network: DEFAULT_NETWORK, numpy: derive.nudge.relu },
	{
		name: 'Leaky ReLU',
		...leakyReference,
		network: {
			...DEFAULT_NETWORK,
			activation: 'leaky-relu',
			leakySlope: leakyReference.slope
		} as NetworkConfig,
		numpy: derive.nudge.leaky
	}
];

describe.each(cases)('nudge with $name', ({ x, labels, params, network, numpy }) => {
	const right = gradients(params, x, labels, network);
	const slip = gradients(params, x, labels, network, 'no-g-prime');

	it.each(numpy.map((n) => ({ ...n.pick, n })))(
		'$param[$row, $col]: numpy’s losses and central difference, and the right gradient agrees',
		({ n }) => {
			const check = nudge(params, x, labels, network, n.pick, n.epsilon, right);
			expect(Math.abs(check.lossPlus - n.lossPlus)).toBeLessThan(1e-14);
			expect(Math.abs(check.lossMinus - n.lossMinus)).toBeLessThan(1e-14);
			// A difference of two losses 2ε apart keeps ~1e-16 / ε of numpy's rounding.
			expect(Math.abs(check.central - n.central)).toBeLessThan(1e-14 / n.epsilon);
			expect(Math.abs(check.gradient - n.gradient)).toBeLessThan(1e-15);
			expect(check.agrees).toBe(true);
			expect(check.relative).toBeLessThan(NUDGE_AGREES);
			expect(check.m).toBe(8);
		}
	);

	it.each(numpy.map((n) => ({ ...n.pick, n })))(
		'$param[$row, $col] without g′: numpy’s slip gradient, failing wherever it differs',
		({ n }) => {
			const check = nudge(params, x, labels, network, n.pick, n.epsilon, slip);
			expect(Math.abs(check.gradient - n.slipGradient)).toBeLessThan(1e-15);
			const slipDiffers = Math.abs(n.slipGradient - n.gradient) > 1e-3 * Math.abs(n.gradient);
			expect(check.agrees).toBe(!slipDiffers);
		}
	);
});

describe('nudge', () => {
	const { x, labels, params } = reference;
	const grads = gradients(params, x, labels, DEFAULT_NETWORK);

	it('the summed loss would need m times the gradient: the 1/m sits in dW, not in dZ²', () => {
		const check = nudge(params, x, labels, DEFAULT_NETWORK, { param: 'W2', row: 3, col: 4 }, 1e-5, {
			...grads,
			dW2: { ...grads.dW2, data: grads.dW2.data.map((v) => v * 8) }
		});
		expect(check.agrees).toBe(false);
		expect(check.gradient / check.central).toBeCloseTo(8, 6);
		const right = nudge(
			params,
			x,
			labels,
			DEFAULT_NETWORK,
			{ param: 'W2', row: 3, col: 4 },
			1e-5,
			grads
		);
		expect(right.summed).toBe(8 * right.gradient);
	});

	it('counts the ReLU corners a large ε steps across', () => {
		const pick = { param: 'b1', row: 0, col: 0 } as const;
		expect(nudge(params, x, labels, DEFAULT_NETWORK, pick, 1e-7, grads).kinks).toBe(0);
		expect(nudge(params, x, labels, DEFAULT_NETWORK, pick, 10, grads).kinks).toBeGreaterThan(0);
	});

	it('a pixel that is blank in every image has gradient 0 and a central difference of 0', () => {
		const check = nudge(
			params,
			x,
			labels,
			DEFAULT_NETWORK,
			{ param: 'W1', row: 2, col: 0 },
			1e-5,
			grads
		);
		expect([check.central, check.gradient, check.agrees]).toEqual([0, 0, true]);
	});

	it('agrees on seeded MNIST-like data for every b¹ entry (no shared fixture involved)', () => {
		const data = mnistLike(20, 3);
		const g = gradients(params, data.x, data.labels, DEFAULT_NETWORK);
		for (let row = 0; row < 10; row++) {
			const check = nudge(
				params,
				data.x,
				data.labels,
				DEFAULT_NETWORK,
				{ param: 'b1', row, col: 0 },
				1e-5,
				g
			);
			expect(check.agrees, `b1[${row}]: relative ${check.relative}`).toBe(true);
		}
	});

	it.each([
		{
			pick: { param: 'W1', row: 10, col: 0 },
			epsilon: 1e-5,
			message: '(10, 0) is outside W1, 10 × 784'
		},
		{
			pick: { param: 'b2', row: 0, col: 1 },
			epsilon: 1e-5,
			message: '(0, 1) is outside b2, 10 × 1'
		},
		{
			pick: { param: 'W2', row: 0, col: 0 },
			epsilon: 0,
			message: 'ε must be a number above 0, got 0'
		},
		{ pick: { param: 'W2', row: 0, col: 0 }, epsilon: NaN, message: 'ε must be a number above 0' }
	] as const)('refuses $message', ({ pick, epsilon, message }) => {
		expect(() => nudge(params, x, labels, DEFAULT_NETWORK, pick, epsilon, grads)).toThrow(message);
	});
});
