/**
 * Backpropagation checked against the definition of a derivative: for a parameter entry θ,
 * ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h (central differences, error O(h²)). The loss L is the
 * mean cross-entropy of a forward pass on a small seeded problem (m = 5).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES, type NetworkConfig, type Params } from './config';
import { initParams } from './init';
import { crossEntropy, oneHot } from './loss';
import { fromData, matrix, type Matrix } from './matrix';
import { Rng } from './rng';
import { lessonSteps, type Values } from './steps';

const M = 5;
const H = 1e-6;
const TOLERANCE = 1e-6;
const GRADIENT = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

function problem(seed: number) {
	const rng = new Rng(seed, 99);
	const x = matrix(
		784,
		M,
		Array.from({ length: 784 * M }, () => rng.uniform())
	);
	const labels = Array.from({ length: M }, () => rng.int(10));
	return { x, labels, y: oneHot(labels) };
}

/** Runs the lesson path's forward and backward steps, returning every value. */
function run(network: NetworkConfig, params: Params, x: Matrix, y: Matrix): Values {
	const steps = lessonSteps(network, { kind: 'gd', alpha: 0.1 }).slice(0, 11);
	let values: Values = { X: x, Y: y, ...params };
	for (const step of steps) {
		const { value } = step.compute({
			values,
			network,
			optimizer: { kind: 'gd', alpha: 0.1 },
			optimizerState: {}
		});
		values = { ...values, [step.output]: value };
	}
	return values;
}

function nudged(params: Params, name: keyof Params, k: number, by: number): Params {
	const data = params[name].data.slice();
	data[k] += by;
	return { ...params, [name]: fromData(params[name].shape[0], params[name].shape[1], data) };
}

describe.each([
	{ activation: 'relu' as const, seed: 1 },
	{ activation: 'leaky-relu' as const, seed: 2 }
])('backprop with $activation matches central differences of the loss', ({ activation, seed }) => {
	const network = { ...DEFAULT_NETWORK, activation, leakySlope: 0.05, seed };
	const params = initParams(network);
	const { x, y } = problem(seed);
	const values = run(network, params, x, y);
	const loss = (p: Params) => crossEntropy(run(network, p, x, y).A2 as Matrix, y);

	it('keeps every Z¹ away from the kink at 0, so finite differences are valid', () => {
		expect(Math.min(...Array.from((values.Z1 as Matrix).data, Math.abs))).toBeGreaterThan(1e-3);
	});

	// W1 has 7,840 entries: a seeded sample of 60 (the gradient is dense, X has no zeros here).
	it.each(PARAM_NAMES.map((name) => ({ name })))('$name', ({ name }) => {
		const size = params[name].data.length;
		const rng = new Rng(seed, 7);
		const entries =
			size > 100 ? Array.from({ length: 60 }, () => rng.int(size)) : [...Array(size).keys()];
		const analytic = (values[GRADIENT[name]] as Matrix).data;
		let diff = 0;
		let scale = 0;
		for (const k of entries) {
			const numeric =
				(loss(nudged(params, name, k, H)) - loss(nudged(params, name, k, -H))) / (2 * H);
			diff = Math.max(diff, Math.abs(numeric - analytic[k]));
			scale = Math.max(scale, Math.abs(analytic[k]));
		}
		expect(scale).toBeGreaterThan(1e-4);
		expect(diff / scale).toBeLessThan(TOLERANCE);
	});
});
