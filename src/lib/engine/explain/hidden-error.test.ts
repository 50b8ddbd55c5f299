import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { hiddenErrorParts } from './hidden-error';
import { matrix, type Matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { bits, reference } from '../test-fixture';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };

function lesson(network: NetworkConfig): Stepper {
	const s = new Stepper(
		reference.x,
		reference.labels,
		network,
		{ kind: 'gd', alpha: 0.1 },
		reference.params
	);
	s.runTo('dZ1');
	return s;
}

const value = (s: Stepper, name: 'Z1' | 'dZ1' | 'dZ2'): Matrix => s.value(name) ?? matrix(0, 0);

describe('hiddenErrorParts', () => {
	// W2 = [[1, 2], [3, 4]] (2 outputs, 2 hidden), dZ2 = (1, −1)ᵀ: W2ᵀdZ2 = (1 − 3, 2 − 4).
	it.each([
		{ network: DEFAULT_NETWORK, z: [0.5, -0.5], slope: [1, 0], product: [-2, -0], off: 1 },
		{ network: LEAKY, z: [0.5, -0.5], slope: [1, 0.01], product: [-2, -0.02], off: 1 },
		{ network: DEFAULT_NETWORK, z: [1, 2], slope: [1, 1], product: [-2, -2], off: 0 },
		{ network: DEFAULT_NETWORK, z: [0, 0], slope: [0, 0], product: [-0, -0], off: 2 }
	])(
		'splits dZ1 into W2ᵀdZ2 = (−2, −2) and g′($z) = $slope ($network.activation)',
		({ network, z, slope, product, off }) => {
			const p = hiddenErrorParts(
				matrix(2, 2, [1, 2, 3, 4]),
				matrix(2, 1, [1, -1]),
				matrix(2, 1, z),
				network
			);
			expect(Array.from(p.backprop.data)).toEqual([-2, -2]);
			expect(Array.from(p.slope.data)).toEqual(slope);
			expect(Array.from(p.product.data)).toEqual(product);
			expect(p.off).toBe(off);
		}
	);

	it.each([DEFAULT_NETWORK, LEAKY])(
		'multiplies back to the lesson’s dZ1 bit for bit ($activation)',
		(network) => {
			const s = lesson(network);
			const p = hiddenErrorParts(reference.params.W2, value(s, 'dZ2'), value(s, 'Z1'), network);
			expect(bits(p.product)).toEqual(bits(value(s, 'dZ1')));
			expect(p.backprop.shape).toEqual([10, 8]);
			expect(p.slope.shape).toEqual([10, 8]);
		}
	);

	it('refuses shapes that do not fit, naming them', () => {
		expect(() =>
			hiddenErrorParts(matrix(10, 10), matrix(10, 8), matrix(10, 7), DEFAULT_NETWORK)
		).toThrow('hiddenErrorParts: [10×10]ᵀ·[10×8] ⊙ [10×7] do not fit');
	});
});
