import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { gradientEntry } from './gradient-entry';
import { fromData, matrix, type Matrix } from '../matrix';
import { matmulBT, scale } from '../ops';
import { Stepper } from '../steps/stepper';
import { mnistLike, reference } from '../test-fixture';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };

function lesson(network: NetworkConfig): Stepper {
	const s = new Stepper(
		reference.x,
		reference.labels,
		network,
		{ kind: 'gd', alpha: 0.1 },
		reference.params
	);
	s.runTo('db1');
	return s;
}

const value = (s: Stepper, name: 'A1' | 'dZ1' | 'dZ2' | 'dW1' | 'dW2'): Matrix =>
	s.value(name) ?? matrix(0, 0);

describe('gradientEntry', () => {
	// dZ row 0 = (1, −2, 4), A row 1 = (0.5, 0, 0.25): 0.5 + 0 + 1 = 1.5, times 1/3.
	it('lists one term per image, the nonzero-input ones, the sum, 1/m and the entry', () => {
		const g = gradientEntry(matrix(1, 3, [1, -2, 4]), matrix(2, 3, [9, 9, 9, 0.5, 0, 0.25]), 0, 1);
		expect(g.terms.map((t) => t.product)).toEqual([0.5, -0, 1]);
		expect(g.terms.map((t) => [t.error, t.input])).toEqual([
			[1, 0.5],
			[-2, 0],
			[4, 0.25]
		]);
		expect(g.nonzero.map((t) => t.j)).toEqual([0, 2]);
		expect([g.sum, g.scale, g.total]).toEqual([1.5, 1 / 3, (1 / 3) * 1.5]);
	});

	it.each([
		{ name: 'dW2 = (1/m) dZ2 A1ᵀ (ReLU)', network: DEFAULT_NETWORK, dW: 'dW2' },
		{ name: 'dW2 = (1/m) dZ2 A1ᵀ (Leaky ReLU, no zeros in A1)', network: LEAKY, dW: 'dW2' },
		{ name: 'dW1 = (1/m) dZ1 Xᵀ (81% zeros in X)', network: DEFAULT_NETWORK, dW: 'dW1' },
		{ name: 'dW1 = (1/m) dZ1 Xᵀ (Leaky ReLU)', network: LEAKY, dW: 'dW1' }
	] as const)('gives every entry of $name exactly as the lesson', ({ network, dW }) => {
		const s = lesson(network);
		const [dZ, A] =
			dW === 'dW2' ? [value(s, 'dZ2'), value(s, 'A1')] : [value(s, 'dZ1'), reference.x];
		const expected = value(s, dW);
		const [rows, cols] = expected.shape;
		for (let i = 0; i < rows; i++) {
			for (let k = 0; k < cols; k++) {
				expect(gradientEntry(dZ, A, i, k).total).toBe(expected.data[i * cols + k]);
			}
		}
	});

	it('matches a dense product of seeded data too', () => {
		const { x } = mnistLike(5, 3);
		const dense = fromData(
			784,
			5,
			x.data.map((v, k) => v + k / 1e5)
		);
		const dZ = fromData(
			10,
			5,
			Float64Array.from({ length: 50 }, (_, k) => Math.sin(k) / 3)
		);
		const dW = scale(matmulBT(dZ, dense), 1 / 5);
		for (const [i, k] of [
			[0, 0],
			[3, 400],
			[9, 783]
		]) {
			expect(gradientEntry(dZ, dense, i, k).total).toBe(dW.data[i * 784 + k]);
		}
	});

	it('skips X’s zeros as matmulBT does, so an ∞ error on a 0 pixel stays out of the sum', () => {
		const s = lesson(DEFAULT_NETWORK);
		const dZ1 = value(s, 'dZ1').data.slice();
		const blank = Array.from({ length: 8 }, (_, j) => j).find((j) => reference.x.data[j] === 0);
		if (blank === undefined) throw new Error('the fixture’s pixel 0 is inked in every image');
		dZ1[blank] = Infinity;
		const dZ = fromData(10, 8, dZ1);
		const expected = scale(matmulBT(dZ, reference.x), 1 / 8).data[0];
		// NaN would equal NaN below: both must be real numbers for the comparison to mean anything.
		expect(Number.isFinite(expected)).toBe(true);
		expect(gradientEntry(dZ, reference.x, 0, 0).total).toBe(expected);
	});

	it.each([
		{ i: 10, k: 0, message: 'gradientEntry: (10, 0) is outside the result [10×10]' },
		{ i: 0, k: 10, message: 'gradientEntry: (0, 10) is outside the result [10×10]' },
		{ i: 1.5, k: 0, message: 'gradientEntry: (1.5, 0) is outside the result [10×10]' }
	])('refuses an entry outside the gradient: $message', ({ i, k, message }) => {
		expect(() => gradientEntry(matrix(10, 8), matrix(10, 8), i, k)).toThrow(message);
	});

	it('refuses a dZ and A with different numbers of images, naming both shapes', () => {
		expect(() => gradientEntry(matrix(10, 8), matrix(784, 7), 0, 0)).toThrow(
			'gradientEntry: [10×8]·[784×7]ᵀ, 8 ≠ 7'
		);
	});
});
