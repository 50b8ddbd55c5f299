import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES } from '../config';
import { gradients } from '../gradients';
import { add } from '../ops/elementwise';
import { matrix } from '../matrix';
import { stepSizes } from './step-size';
import { bits, reference } from '../test-fixture';
import { stepWithAlpha } from './what-if';

const { x, labels, params } = reference;
const grads = gradients(params, x, labels, DEFAULT_NETWORK);
const one = (v: number) => matrix(1, 1, [v]);

describe('stepSizes', () => {
	// −0.1 · (0.5, −1) = (−0.05, 0.1); the largest |α dW¹| is 0.1.
	it('is −α dP with its largest size (hand-worked)', () => {
		const g = { dW1: matrix(1, 2, [0.5, -1]), db1: one(0), dW2: one(10), db2: one(-10) };
		const s = stepSizes(g, 0.1);
		expect(Array.from(s.W1.step.data)).toEqual([-0.05, 0.1]);
		expect([s.W1.largest, s.b1.largest, s.W2.largest, s.b2.largest]).toEqual([0.1, 0, 1, 1]);
	});

	it.each([0.01, 0.1, 5])(
		'adds up to stepWithAlpha’s parameters bit for bit at α = %d',
		(alpha) => {
			const next = stepWithAlpha(params, grads, alpha);
			const s = stepSizes(grads, alpha);
			for (const name of PARAM_NAMES) {
				expect(bits(add(params[name], s[name].step)), name).toEqual(bits(next[name]));
			}
		}
	);

	it('grows in proportion to α', () => {
		expect(stepSizes(grads, 2).W1.largest).toBe(2 * stepSizes(grads, 1).W1.largest);
	});

	it('reports NaN when a gradient holds NaN', () => {
		const g = { dW1: matrix(1, 2, [NaN, 1]), db1: one(0), dW2: one(0), db2: one(0) };
		expect(stepSizes(g, 1).W1.largest).toBeNaN();
	});

	it.each([NaN, Infinity])('refuses α = %d', (alpha) => {
		expect(() => stepSizes(grads, alpha)).toThrow(`α = ${alpha} is not finite`);
	});
});
