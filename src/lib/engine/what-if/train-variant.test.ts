import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { DEFAULT_NETWORK, PARAM_NAMES, type NetworkConfig } from '../config';
import { imagesToX, labelsOf } from '../data/columns';
import { initRandnMinusHalf, type TrainingVariant } from './errata';
import { forward } from '../forward';
import { initParams } from '../init';
import type { Matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { bits, reference } from '../test-fixture';
import type { CurveRunner } from '../training/curve-runner';
import { variantRunner } from './train-variant';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };

/** `variant` at rate `alpha` run for `iterations` iterations (fewer if it diverges). */
function trained(
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	alpha: number,
	iterations: number,
	variant: TrainingVariant
): CurveRunner {
	const runner = variantRunner(x, labels, network, alpha, variant);
	runner.step(iterations);
	return runner;
}

/** The first 200 MNIST training images at α = 1 for 300 iterations, every variant. */
const runs = {} as Record<TrainingVariant, CurveRunner>;
let x: Matrix;
let labels: Uint8Array;
beforeAll(async () => {
	const set = await loadMnistNode('train');
	x = imagesToX(set, 0, 200);
	labels = labelsOf(set, 0, 200);
	for (const v of ['correct', 'no-g-prime', 'scalar-db', 'randn-init'] as const) {
		runs[v] = trained(x, labels, DEFAULT_NETWORK, 1, 300, v);
	}
});

const last = (run: CurveRunner) => run.points[run.points.length - 1];

describe('variantRunner', () => {
	it('runs the correct loop exactly as the Stepper does (full-batch gd, same seed)', () => {
		const run = trained(reference.x, reference.labels, DEFAULT_NETWORK, 0.1, 20, 'correct');
		const s = new Stepper(reference.x, reference.labels, DEFAULT_NETWORK, {
			kind: 'gd',
			alpha: 0.1
		});
		const expected = Array.from({ length: 20 }, (_, k) => {
			s.runIteration();
			return { iteration: k + 1, loss: s.loss, accuracy: s.accuracy };
		});
		expect(run.points).toEqual(expected);
		expect([run.diverged, run.iterations]).toEqual([false, 20]);
	});

	it('starts every variant but randn-init from the same loss, on the same data and seed', () => {
		const first = runs.correct.points[0];
		expect(runs['no-g-prime'].points[0]).toEqual(first);
		expect(runs['scalar-db'].points[0]).toEqual(first);
		expect(runs['randn-init'].points[0].loss).not.toBe(first.loss);
	});

	it('correct: fits 200 images almost perfectly in 300 iterations at α = 1', () => {
		expect(last(runs.correct).loss).toBeLessThan(0.05);
		expect(last(runs.correct).accuracy).toBeGreaterThanOrEqual(0.99);
	});

	// Without g′ the step is not a gradient of the loss: it helps at first, then climbs.
	it('no-g-prime: goes astray, ending far above its own best loss', () => {
		const losses = runs['no-g-prime'].points.map((p) => p.loss);
		const best = Math.min(...losses);
		expect(losses.indexOf(best)).toBeLessThan(150);
		expect(last(runs['no-g-prime']).loss).toBeGreaterThan(2 * best);
		expect(last(runs['no-g-prime']).loss).toBeGreaterThan(10 * last(runs.correct).loss);
	});

	// Every column of dZ2 sums to 0, so the notebook's db2 is 0 up to rounding (≈ 1e-17 per
	// step): after 300 steps b2 is where it started, to 1e-13.
	it('scalar-db: the output biases never learn', () => {
		const start = initParams(DEFAULT_NETWORK).b2.data;
		runs['scalar-db'].params.b2.data.forEach((b, i) =>
			expect(Math.abs(b - start[i])).toBeLessThan(1e-13)
		);
		const moved = runs.correct.params.b2.data.map((b, i) => Math.abs(b - start[i]));
		expect(Math.max(...moved)).toBeGreaterThan(0.1);
	});

	// N(0, 1) − 0.5 weights on ~100 lit pixels put every Z1 near −50: every ReLU is off, so
	// dZ1 = 0 and A1 = 0, and W1, b1, W2 get exactly zero gradient. Only b2 learns, towards
	// softmax(b2) = the label frequencies, where the loss is their entropy −Σ p ln p and the
	// accuracy that of always answering the most common digit.
	it('randn-init: every hidden ReLU is dead, so only b2 learns, towards the label entropy', () => {
		const run = runs['randn-init'];
		const start = initRandnMinusHalf(DEFAULT_NETWORK);
		for (const name of ['W1', 'b1', 'W2'] as const) {
			expect(bits(run.params[name]), name).toEqual(bits(start[name]));
		}
		expect(bits(run.params.b2)).not.toEqual(bits(start.b2));
		expect(forward(run.params, x, DEFAULT_NETWORK).A1.data.every((a) => a === 0)).toBe(true);
		const counts = Array.from({ length: 10 }, (_, d) => labels.filter((y) => y === d).length);
		const entropy = -counts.reduce((s, n) => (n ? s + (n / 200) * Math.log(n / 200) : s), 0);
		// The entropy is the lowest loss b2 alone can reach; allow for rounding in the last bits.
		expect(last(run).loss - entropy).toBeGreaterThan(-1e-12);
		expect(last(run).loss - entropy).toBeLessThan(1e-3);
		expect(last(run).accuracy).toBe(Math.max(...counts) / 200);
	});

	it.each([
		{ network: LEAKY, status: 'diverged' },
		{ network: DEFAULT_NETWORK, status: 'done' }
	])('α = 50 on the fixture images: $network.activation ends $status', ({ network, status }) => {
		const run = trained(reference.x, reference.labels, network, 50, 400, 'correct');
		expect(run.diverged ? 'diverged' : 'done').toBe(status);
		if (status === 'diverged') {
			expect(run.divergence?.message).toMatch(/the learning rate α = 50 is too large$/);
			expect(run.iterations).toBe((run.divergence?.iteration ?? 0) - 1);
		} else {
			expect(forward(run.params, reference.x, network).A1.data.every((a) => a === 0)).toBe(true);
		}
	});

	it('grows the same curve a few iterations at a time', () => {
		const runner = variantRunner(reference.x, reference.labels, DEFAULT_NETWORK, 0.5, 'no-g-prime');
		const points = [3, 3, 4].flatMap((n) => runner.step(n));
		const whole = trained(reference.x, reference.labels, DEFAULT_NETWORK, 0.5, 10, 'no-g-prime');
		expect(points).toEqual(whole.points);
		for (const name of PARAM_NAMES)
			expect(bits(runner.params[name])).toEqual(bits(whole.params[name]));
	});
});
