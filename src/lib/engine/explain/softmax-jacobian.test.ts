/**
 * dZ² = A² − Y by the chain rule, checked three independent ways: the Jacobian against
 * central differences of softmax itself, against numpy's diag(a) − a aᵀ, and the product
 * Jᵀ ∂L/∂a against numpy's and against a − y.
 */
import { describe, expect, it } from 'vitest';
import { fromData, matrix } from '../matrix';
import { oneHot } from '../loss';
import { softmaxVector } from './softmax-vector';
import { crossEntropySlope, outputErrorChain, softmaxJacobian } from './softmax-jacobian';
import { derive, reference } from '../test-fixture';

const first = reference.first;

describe('softmaxJacobian', () => {
	it.each([{ z: [1.3, 5.1, 2.2, 0.7] }, { z: [0, 0, 0] }, { z: [-3, 10, 2.5, 7, 7, -1] }])(
		'matches central differences of softmax at $z',
		({ z }) => {
			const a = softmaxVector(z);
			const J = softmaxJacobian(a);
			const h = 1e-6;
			for (let k = 0; k < z.length; k++) {
				const up = softmaxVector(z.map((v, i) => (i === k ? v + h : v)));
				const down = softmaxVector(z.map((v, i) => (i === k ? v - h : v)));
				for (let i = 0; i < z.length; i++) {
					expect(J.data[i * z.length + k]).toBeCloseTo((up[i] - down[i]) / (2 * h), 8);
				}
			}
		}
	);

	it.each(derive.jacobian.map((c) => ({ column: c.column, c })))(
		'equals numpy’s diag(a) − a aᵀ for column $column of the reference A²',
		({ column, c }) => {
			const A2 = first.A2;
			const a = Array.from({ length: 10 }, (_, i) => A2.data[i * A2.shape[1] + column]);
			const J = softmaxJacobian(a);
			expect(J.shape).toEqual(c.jacobian.shape);
			J.data.forEach((v, n) => expect(Math.abs(v - c.jacobian.data[n])).toBeLessThan(1e-16));
		}
	);

	it('is symmetric, and every row sums to 0', () => {
		const J = softmaxJacobian(softmaxVector([0.2, -1, 3, 0.5]));
		for (let i = 0; i < 4; i++) {
			let row = 0;
			for (let k = 0; k < 4; k++) {
				expect(J.data[i * 4 + k]).toBe(J.data[k * 4 + i]);
				row += J.data[i * 4 + k];
			}
			expect(Math.abs(row)).toBeLessThan(1e-16);
		}
	});
});

describe('crossEntropySlope', () => {
	it('is −1/a in the label’s row and 0 elsewhere', () => {
		expect(Array.from(crossEntropySlope([0.25, 0.5, 0.25], [0, 1, 0]))).toEqual([-0, -2, -0]);
	});

	it('names both lengths when a and y differ', () => {
		expect(() => crossEntropySlope([0.5, 0.5], [1])).toThrow('a has 2 rows but y has 1');
	});
});

describe('outputErrorChain', () => {
	const A2 = first.A2;
	const Y = oneHot(reference.labels);

	it.each(derive.jacobian.map((c) => ({ column: c.column, c })))(
		'column $column: Jᵀ ∂L/∂a is numpy’s, and equals a − y (the lesson’s dZ²) to 1e-15',
		({ column, c }) => {
			const chain = outputErrorChain(A2, Y, column);
			Array.from(chain.slope).forEach((v, i) => expect(v).toBe(c.slope.data[i]));
			chain.chain.forEach((v, k) => expect(Math.abs(v - c.chain.data[k])).toBeLessThan(1e-15));
			const dZ2 = first.dZ2;
			chain.aMinusY.forEach((v, k) => expect(v).toBe(dZ2.data[k * dZ2.shape[1] + column]));
			expect(chain.largestDifference).toBeLessThan(1e-15);
			expect(chain.equal).toBe(true);
		}
	);

	it('reports NaN, not a false match, when the label’s probability underflowed to 0', () => {
		const a = fromData(3, 1, Float64Array.of(1, 0, 0));
		const chain = outputErrorChain(a, oneHot([1], 3), 0);
		expect(chain.largestDifference).toBeNaN();
		expect(chain.equal).toBe(false);
	});

	it.each([
		{ j: 8, message: 'column 8 is outside 0..7' },
		{ j: -1, message: 'column -1 is outside 0..7' }
	])('refuses column $j', ({ j, message }) => {
		expect(() => outputErrorChain(A2, Y, j)).toThrow(message);
	});

	it('names both shapes when A² and Y differ', () => {
		expect(() => outputErrorChain(A2, matrix(10, 3), 0)).toThrow('A² [10×8] and Y [10×3]');
	});
});
