import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES, type Params } from '../config';
import { evaluate } from '../forward';
import { gradients, gradientsOf } from '../gradients';
import { matrix, ShapeError } from '../matrix';
import { Stepper } from '../steps/stepper';
import { bits, reference } from '../test-fixture';
import { alphaSweep, lossAfterStep, stepWithAlpha } from './what-if';

const { x, labels, params } = reference;
const grads = gradients(params, x, labels, DEFAULT_NETWORK);

/** A Stepper on the fixture at rate α, after its first iteration. */
function afterOne(alpha: number): Stepper {
	const s = new Stepper(x, labels, DEFAULT_NETWORK, { kind: 'gd', alpha }, params);
	s.runIteration();
	return s;
}

describe('stepWithAlpha', () => {
	// 1 − 0.1·0.5 = 0.95, 2 − 0.1·(−1) = 2.1 (numpy gives the same doubles).
	it('moves each parameter against its gradient (hand-worked)', () => {
		const one = (v: number) => matrix(1, 1, [v]);
		const p = { W1: matrix(1, 2, [1, 2]), b1: one(3), W2: one(4), b2: one(5) };
		const g = { dW1: matrix(1, 2, [0.5, -1]), db1: one(0), dW2: one(10), db2: one(-10) };
		const next = stepWithAlpha(p, g, 0.1);
		expect(Array.from(next.W1.data)).toEqual([0.95, 2.1]);
		expect([next.b1.data[0], next.W2.data[0], next.b2.data[0]]).toEqual([3, 3, 6]);
		expect(Array.from(p.W1.data)).toEqual([1, 2]);
	});

	it.each([0.1, 0.5, 2])(
		'at α = %d lands where the lesson’s first update does, bit for bit',
		(alpha) => {
			const s = afterOne(alpha);
			const lesson = gradientsOf(s.state.values);
			const next = stepWithAlpha(params, lesson, alpha);
			for (const name of PARAM_NAMES) {
				expect(bits(next[name]), name).toEqual(bits(s.value(name) ?? matrix(0, 0)));
			}
		}
	);

	it('leaves the parameters where they are at α = 0', () => {
		const next = stepWithAlpha(params, grads, 0);
		for (const name of PARAM_NAMES) expect(bits(next[name])).toEqual(bits(params[name]));
	});

	it.each([NaN, Infinity])('refuses α = %d', (alpha) => {
		expect(() => stepWithAlpha(params, grads, alpha)).toThrow(`α = ${alpha} is not finite`);
	});

	it('names both shapes when a gradient does not fit its parameter', () => {
		const bad = { ...grads, db2: matrix(1, 10) };
		expect(() => stepWithAlpha(params, bad, 0.1)).toThrow(ShapeError);
		expect(() => stepWithAlpha(params, bad, 0.1)).toThrow(
			'update b2: [10×1] and its gradient [1×10]'
		);
	});
});

describe('lossAfterStep', () => {
	it('gives the loss and accuracy the lesson reports at iteration 2', () => {
		const s = afterOne(0.1);
		s.runTo('A2');
		const out = lossAfterStep(x, labels, params, grads, 0.1, DEFAULT_NETWORK);
		expect([out.loss, out.accuracy, out.finite]).toEqual([s.loss, s.accuracy, true]);
	});

	// For a small step, L(θ − α g) ≈ L(θ) − α ‖g‖² (a first-order Taylor expansion), so the
	// drop over α approaches the squared length of the whole gradient.
	it('drops by about α‖g‖² for a small α, the gradient’s own squared length', () => {
		const alpha = 1e-5;
		const before = evaluate(params, x, labels, DEFAULT_NETWORK).loss;
		const after = lossAfterStep(x, labels, params, grads, alpha, DEFAULT_NETWORK).loss;
		const squared = Object.values(grads).reduce(
			(sum, g) => sum + g.data.reduce((s: number, v: number) => s + v * v, 0),
			0
		);
		expect((before - after) / alpha / squared).toBeCloseTo(1, 3);
	});

	it('reports an overflowing step as not finite instead of throwing', () => {
		const out = lossAfterStep(x, labels, params, grads, 1e308, DEFAULT_NETWORK);
		expect(out.finite).toBe(false);
		expect(out.loss).toBeNaN();
		expect(out.accuracy).toBeNaN();
	});
});

describe('alphaSweep', () => {
	it('gives one outcome per α, in order, marking the ones that overflow', () => {
		const alphas = [0, 0.1, 1, 1e200, 1e308];
		const sweep = alphaSweep(x, labels, params, grads, DEFAULT_NETWORK, alphas);
		expect(sweep.map((p) => p.alpha)).toEqual(alphas);
		expect(sweep[0].loss).toBe(evaluate(params, x, labels, DEFAULT_NETWORK).loss);
		expect(sweep[1].loss).toBe(lossAfterStep(x, labels, params, grads, 0.1, DEFAULT_NETWORK).loss);
		expect(sweep[1].loss).toBeLessThan(sweep[0].loss);
		expect(sweep.map((p) => p.finite)).toEqual([true, true, true, false, false]);
	});

	it('returns an empty sweep for no α', () => {
		const p: Params = params;
		expect(alphaSweep(x, labels, p, grads, DEFAULT_NETWORK, [])).toEqual([]);
	});
});
