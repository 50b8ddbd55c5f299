import { describe, expect, it } from 'vitest';
import { activate, activatePrime, leakyRelu, leakyReluPrime, relu, reluPrime } from './activation';
import { matrix } from './matrix';

const z = matrix(1, 5, [-2, -0.5, 0, 0.5, 3]);

describe('activations and their slopes', () => {
	it.each([
		{ name: 'ReLU', f: () => relu(z), expected: [0, 0, 0, 0.5, 3] },
		{ name: 'ReLU′ (0 at z = 0)', f: () => reluPrime(z), expected: [0, 0, 0, 1, 1] },
		{ name: 'Leaky ReLU', f: () => leakyRelu(z, 0.1), expected: [-0.2, -0.05, 0, 0.5, 3] },
		{
			name: 'Leaky ReLU′ (the slope at z = 0)',
			f: () => leakyReluPrime(z, 0.1),
			expected: [0.1, 0.1, 0.1, 1, 1]
		}
	])('$name is applied entry by entry', ({ f, expected }) => {
		const out = f();
		expect(out.shape).toEqual([1, 5]);
		Array.from(out.data).forEach((v, k) => expect(v).toBeCloseTo(expected[k], 15));
	});

	it('activate and activatePrime follow the network config', () => {
		const leaky = { activation: 'leaky-relu', leakySlope: 0.01 } as const;
		const plain = { activation: 'relu', leakySlope: 0.01 } as const;
		expect(activate(z, leaky).data).toEqual(leakyRelu(z, 0.01).data);
		expect(activatePrime(z, leaky).data).toEqual(leakyReluPrime(z, 0.01).data);
		expect(activate(z, plain).data).toEqual(relu(z).data);
		expect(activatePrime(z, plain).data).toEqual(reluPrime(z).data);
	});
});
