import { describe, expect, it } from 'vitest';
import {
	activate,
	activatePrime,
	identity,
	identityPrime,
	leakyRelu,
	leakyReluPrime,
	relu,
	reluPrime
} from './activation';
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
		},
		{ name: 'identity (no bend)', f: () => identity(z), expected: [-2, -0.5, 0, 0.5, 3] },
		{ name: 'identity′ (1 everywhere)', f: () => identityPrime(z), expected: [1, 1, 1, 1, 1] }
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
		const none = { activation: 'identity', leakySlope: 0.01 } as const;
		expect(activate(z, none).data).toEqual(z.data);
		expect(activatePrime(z, none).data).toEqual(identityPrime(z).data);
	});

	it('identity returns a new matrix, never its input', () => {
		expect(identity(z)).not.toBe(z);
		expect(identity(z).data).not.toBe(z.data);
	});
});
