import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES, type NetworkConfig, type OptimizerConfig } from '../config';
import { CurveRunner, type CurveSetup } from './curve-runner';
import { crossEntropy, oneHot, predictions } from '../loss';
import { forward } from '../forward';
import { matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { bits, mnistLike, reference } from '../test-fixture';

const OPTIMIZERS: { name: string; optimizer: OptimizerConfig }[] = [
	{ name: 'gd', optimizer: { kind: 'gd', alpha: 0.5 } },
	{ name: 'minibatch', optimizer: { kind: 'minibatch', alpha: 0.5, batchSize: 7 } },
	{
		name: 'adam',
		optimizer: { kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
	},
	{
		name: 'adam, mini-batch',
		optimizer: { kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, batchSize: 8 }
	}
];
const GD = OPTIMIZERS[0].optimizer;
const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };
const train = mnistLike(20, 11);
const test = mnistLike(15, 12);
const FIXTURE = { x: reference.x, labels: reference.labels };

/** A runner's setup: the 20 seeded training images, ReLU, gd at α = 0.5, unless overridden. */
const setup = (over: Partial<CurveSetup> = {}): CurveSetup => ({
	...train,
	network: DEFAULT_NETWORK,
	optimizer: GD,
	...over
});

/** A runner on `over`'s setup, run `iterations` iterations (fewer if it diverges). */
function ran(over: Partial<CurveSetup>, iterations: number): CurveRunner {
	const runner = new CurveRunner(setup(over));
	runner.step(iterations);
	return runner;
}

/** What a learner stepping the lesson sees after each iteration, and the parameters it used. */
function stepperCurve(network: NetworkConfig, optimizer: OptimizerConfig, iterations: number) {
	const s = new Stepper(train.x, train.labels, network, optimizer, undefined, { historyLimit: 0 });
	const points: { loss?: number; accuracy?: number; start: typeof s.initial }[] = [];
	for (let k = 0; k < iterations && s.status !== 'diverged'; k++) {
		s.runIteration();
		points.push({ loss: s.loss, accuracy: s.accuracy, start: s.state.start });
	}
	return { s, points };
}

describe('CurveRunner', () => {
	it.each(OPTIMIZERS)(
		'gives the Stepper’s loss and accuracy bit for bit: $name',
		({ optimizer }) => {
			const curve = ran({ optimizer }, 12);
			const { s, points } = stepperCurve(DEFAULT_NETWORK, optimizer, 12);
			expect(curve.diverged).toBe(false);
			expect(curve.iterations).toBe(12);
			expect(curve.points.map((p) => [p.iteration, p.loss, p.accuracy])).toEqual(
				points.map((p, k) => [k + 1, p.loss, p.accuracy])
			);
			for (const name of PARAM_NAMES) {
				expect(bits(curve.params[name])).toEqual(bits(s.value(name) ?? matrix(0, 0)));
			}
		}
	);

	it('measures the test set at iterations 1, 1 + every, … with the parameters of that point', () => {
		const curve = ran({ test, every: 4 }, 9);
		const { points } = stepperCurve(DEFAULT_NETWORK, GD, 9);
		expect(curve.tests.map((p) => p.iteration)).toEqual([1, 5, 9]);
		for (const p of curve.tests) {
			const start = points[p.iteration - 1].start;
			const { A2 } = forward(start, test.x, DEFAULT_NETWORK);
			const guess = predictions(A2);
			const right = guess.filter((d, j) => d === test.labels[j]).length;
			expect(p.accuracy).toBe(right / 15);
			expect(p.loss).toBe(crossEntropy(A2, oneHot(test.labels)));
		}
	});

	// Leaky ReLU at α = 50 on the fixture images overflows; ReLU would only die (see divergence.test.ts).
	it('stops at divergence with the Stepper’s own report', () => {
		const optimizer: OptimizerConfig = { kind: 'gd', alpha: 50 };
		const { x, labels } = FIXTURE;
		const curve = ran({ ...FIXTURE, network: LEAKY, optimizer }, 1000);
		const s = new Stepper(x, labels, LEAKY, optimizer, undefined, { historyLimit: 0 });
		while (s.status !== 'diverged') s.runIteration();
		expect(curve.diverged).toBe(true);
		expect(curve.divergence).toEqual(s.divergence);
		expect(curve.iterations).toBe((s.divergence?.iteration ?? 0) - 1);
		expect(curve.points.length).toBeGreaterThanOrEqual(curve.iterations);
		expect(curve.points.every((p) => Number.isFinite(p.loss))).toBe(true);
	});

	it.each([
		{
			run: () => new CurveRunner(setup({ every: 0 })),
			message: 'CurveRunner: every = 0 must be a whole number ≥ 1'
		},
		{
			run: () => new CurveRunner(setup({ optimizer: { kind: 'gd', alpha: -1 } })),
			message: 'optimizer: α = -1 must be a finite number > 0'
		},
		{
			run: () => new CurveRunner(setup({ labels: [1] })),
			message: 'X has 20 columns but there are 1 labels'
		},
		{
			run: () => new CurveRunner(setup({ test: { x: matrix(783, 2), labels: [1, 2] } })),
			message: 'params: W1 is [10×784], expected [10×783]'
		}
	])('refuses a bad setup: $message', ({ run, message }) => {
		expect(run).toThrow(message);
	});

	it.each(OPTIMIZERS)('grown a few iterations at a time equals one run: $name', ({ optimizer }) => {
		const whole = ran({ optimizer, test, every: 3 }, 12);
		const runner = new CurveRunner(setup({ optimizer, test, every: 3 }));
		const added = [1, 4, 2, 5].flatMap((n) => runner.step(n));
		expect(added).toEqual(whole.points);
		expect(runner.points).toEqual(whole.points);
		expect(runner.tests).toEqual(whole.tests);
		expect(runner.tests.map((p) => p.iteration)).toEqual([1, 4, 7, 10]);
		expect(runner.iterations).toBe(12);
	});

	it('does nothing more once diverged', () => {
		const runner = new CurveRunner({
			...FIXTURE,
			network: LEAKY,
			optimizer: { kind: 'gd', alpha: 50 }
		});
		while (!runner.diverged) runner.step(25);
		const [iterations, count] = [runner.iterations, runner.points.length];
		expect(runner.step(10)).toEqual([]);
		expect([runner.iterations, runner.points.length]).toEqual([iterations, count]);
	});

	it('starts from given parameters when asked', () => {
		const optimizer = { kind: 'gd', alpha: 0.1 } as const;
		const { params } = reference;
		const runner = new CurveRunner({ ...FIXTURE, network: DEFAULT_NETWORK, optimizer, params });
		const s = new Stepper(FIXTURE.x, FIXTURE.labels, DEFAULT_NETWORK, optimizer, params);
		s.runIteration();
		expect(runner.step(1)[0].loss).toBe(s.loss);
	});
});
