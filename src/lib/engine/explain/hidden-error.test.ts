import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { hiddenErrorEntry, hiddenErrorParts } from './hidden-error';
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

describe('hiddenErrorEntry', () => {
	// Hidden node 0 of 1; W2's column 0 = (1, 2, 0, …), dZ2's column 0 = (0.5, −1, 3, 0, …):
	// W2ᵀdZ2 = 1·0.5 + 2·(−1) + 0·3 = −1.5. ReLU′(0.3) = 1; Leaky ReLU′(−0.3) = 0.01.
	it.each([
		{ z: 0.3, network: DEFAULT_NETWORK, slope: 1, total: -1.5 },
		{ z: -0.3, network: DEFAULT_NETWORK, slope: 0, total: -0 },
		{ z: 0, network: DEFAULT_NETWORK, slope: 0, total: -0 },
		{ z: -0.3, network: LEAKY, slope: 0.01, total: -0.015 }
	])('gives W2ᵀdZ2 = −1.5 times g′($z) = $slope', ({ z, network, slope, total }) => {
		const W2 = matrix(10, 1, [1, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
		const dZ2 = matrix(10, 1, [0.5, -1, 3, 0, 0, 0, 0, 0, 0, 0]);
		const h = hiddenErrorEntry(W2, dZ2, matrix(1, 1, [z]), 0, 0, network);
		expect(h.terms.slice(0, 3).map((t) => t.product)).toEqual([0.5, -2, 0]);
		expect([h.backprop, h.z, h.slope]).toEqual([-1.5, z, slope]);
		expect(h.total).toBeCloseTo(total, 15);
	});

	it.each([DEFAULT_NETWORK, LEAKY])(
		'gives every entry of dZ1 exactly as the lesson ($activation)',
		(network) => {
			const s = lesson(network);
			const dZ1 = value(s, 'dZ1');
			for (let k = 0; k < dZ1.data.length; k++) {
				const [i, j] = [Math.floor(k / 8), k % 8];
				const h = hiddenErrorEntry(
					reference.params.W2,
					value(s, 'dZ2'),
					value(s, 'Z1'),
					i,
					j,
					network
				);
				expect(h.total).toBe(dZ1.data[i * 8 + j]);
			}
		}
	);

	it('refuses shapes that do not fit', () => {
		expect(() =>
			hiddenErrorEntry(matrix(10, 10), matrix(10, 8), matrix(10, 7), 0, 0, LEAKY)
		).toThrow('hiddenErrorEntry: [10×10]ᵀ·[10×8] ⊙ [10×7] do not fit');
	});
});
