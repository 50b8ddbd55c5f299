import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type OptimizerConfig } from '../config';
import type { IterationState } from './iteration';
import { matrix, ShapeError, type Matrix } from '../matrix';
import { Rng } from '../rng';
import { Stepper } from './stepper';
import { STEP_IDS } from './index';

const GD: OptimizerConfig = { kind: 'gd', alpha: 0.1 };

/** m seeded images, 80% of pixels 0 like MNIST, and their labels. */
function data(m: number, seed = 1) {
	const rng = new Rng(seed, 50);
	const x = matrix(
		784,
		m,
		Array.from({ length: 784 * m }, () => (rng.uniform() < 0.8 ? 0 : rng.uniform()))
	);
	return { x, labels: Array.from({ length: m }, () => rng.int(10)) };
}

/** Everything a learner could see, as plain arrays, to compare states by value. */
const view = (s: IterationState) => ({
	iteration: s.iteration,
	stepIndex: s.stepIndex,
	status: s.status,
	loss: s.loss,
	values: Object.fromEntries(
		Object.entries(s.values).map(([k, v]) => [k, Array.from((v as Matrix).data)])
	),
	optimizerState: JSON.stringify(s.optimizerState, (_, v) =>
		v instanceof Float64Array ? Array.from(v) : v
	)
});

describe('Stepper', () => {
	it('starts before the first step with X, Y and the parameters', () => {
		const { x, labels } = data(6);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		expect([s.iteration, s.stepIndex, s.status]).toEqual([1, 0, 'ready']);
		expect(s.shape('X')).toEqual([784, 6]);
		expect(s.shape('Y')).toEqual([10, 6]);
		expect(s.shape('W1')).toEqual([10, 784]);
		expect(s.value('Z1')).toBeUndefined();
		expect(s.nextStep.id).toBe('A0');
		expect(s.canGoBack).toBe(false);
	});

	it('next() computes one step at a time and gives loss and accuracy from A2 on', () => {
		const { x, labels } = data(6);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		for (const id of STEP_IDS) {
			s.next();
			expect(s.lastStep?.id).toBe(id);
			expect(s.loss === undefined).toBe(STEP_IDS.indexOf(id) < STEP_IDS.indexOf('A2'));
		}
		expect(s.status).toBe('done');
		expect(s.shape('dW1')).toEqual([10, 784]);
		expect(s.shape('db1')).toEqual([10, 1]);
		// Read off A2 here, column by column, independently of loss.ts.
		const a2 = s.value('A2')!;
		let right = 0;
		let logSum = 0;
		labels.forEach((label, j) => {
			const column = Array.from({ length: 10 }, (_, i) => a2.data[i * labels.length + j]);
			if (column.indexOf(Math.max(...column)) === label) right++;
			logSum += Math.log(column[label]);
		});
		expect(s.accuracy).toBe(right / labels.length);
		expect(s.loss).toBeCloseTo(-logSum / labels.length, 12);
		s.next();
		expect([s.iteration, s.stepIndex, s.status, s.loss]).toEqual([2, 1, 'running', undefined]);
		expect(s.value('Z1')).toBeUndefined();
	});

	it('back() restores the exact earlier state, across an iteration boundary', () => {
		const { x, labels } = data(5);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, {
			kind: 'adam',
			alpha: 0.01,
			beta1: 0.9,
			beta2: 0.999,
			epsilon: 1e-8
		});
		const seen: IterationState[] = [s.state];
		for (let k = 0; k < 40; k++) seen.push(s.next());
		const views = seen.map(view);
		for (let k = seen.length - 2; k >= 0; k--) {
			expect(s.back()).toBe(true);
			expect(s.state).toBe(seen[k]);
			expect(view(s.state)).toEqual(views[k]);
		}
		expect(s.back()).toBe(false);
		for (let k = 1; k < seen.length; k++) expect(view(s.next())).toEqual(views[k]);
	});

	it('keeps only the last historyLimit states', () => {
		const { x, labels } = data(3);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, GD, undefined, { historyLimit: 5 });
		for (let k = 0; k < 12; k++) s.next();
		let backs = 0;
		while (s.back()) backs++;
		expect(backs).toBe(5);
		expect(s.stepIndex).toBe(7);
	});

	it.each([
		{ from: 0, to: 'dZ2' as const, iteration: 1, stepIndex: 6 },
		{ from: 8, to: 'dZ2' as const, iteration: 2, stepIndex: 6 },
		{ from: 6, to: 'dZ2' as const, iteration: 1, stepIndex: 6 },
		{ from: 15, to: 'A0' as const, iteration: 2, stepIndex: 1 }
	])(
		'runTo($to) after $from steps stops in iteration $iteration at step $stepIndex',
		({ from, to, iteration, stepIndex }) => {
			const { x, labels } = data(3);
			const s = new Stepper(x, labels, DEFAULT_NETWORK, GD);
			for (let k = 0; k < from; k++) s.next();
			s.runTo(to);
			expect([s.iteration, s.stepIndex, s.lastStep?.id]).toEqual([iteration, stepIndex, to]);
		}
	);

	it('runIteration() finishes the iteration, or runs the next one whole', () => {
		const { x, labels } = data(3);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		s.next();
		s.next();
		s.runIteration();
		expect([s.iteration, s.stepIndex, s.status]).toEqual([1, 15, 'done']);
		s.runIteration();
		expect([s.iteration, s.stepIndex, s.status]).toEqual([2, 15, 'done']);
		expect(s.value('W1')).toBe(s.state.values.W1);
		expect(s.state.start.W1).not.toBe(s.value('W1'));
	});

	it('the same seed and data give the same bits; reset() goes back to the start', () => {
		const { x, labels } = data(4);
		const a = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		const b = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		a.runIteration();
		a.runIteration();
		b.runIteration();
		b.runIteration();
		expect(view(a.state)).toEqual(view(b.state));
		const start = view(new Stepper(x, labels, DEFAULT_NETWORK, GD).state);
		a.reset();
		expect(view(a.state)).toEqual(start);
		expect(a.canGoBack).toBe(false);
	});

	it('tells subscribers about every change until they unsubscribe', () => {
		const { x, labels } = data(3);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, GD);
		const heard: number[] = [];
		const stop = s.subscribe((state) => heard.push(state.stepIndex));
		s.next();
		s.runTo('A2');
		s.back();
		stop();
		s.next();
		expect(heard).toEqual([1, 5, 4]);
	});

	it('mini-batch: each iteration trains on its batch of columns, every column once an epoch', () => {
		const { x, labels } = data(10);
		const s = new Stepper(x, labels, DEFAULT_NETWORK, {
			kind: 'minibatch',
			alpha: 0.1,
			batchSize: 4
		});
		const seen: number[] = [];
		for (let it = 1; it <= 3; it++) {
			s.runIteration();
			const batch = Array.from(s.state.batch ?? []);
			expect(s.shape('X')).toEqual([784, batch.length]);
			expect(Array.from(s.state.labels)).toEqual(batch.map((j) => labels[j]));
			expect(s.value('X')?.data[0]).toBe(x.data[batch[0]]);
			seen.push(...batch);
		}
		expect(seen.sort((p, q) => p - q)).toEqual([...Array(10).keys()]);
	});

	it.each([
		{
			make: () => new Stepper(matrix(784, 3), [1, 2], DEFAULT_NETWORK, GD),
			error: 'X has 3 columns but there are 2 labels'
		},
		{
			make: () => new Stepper(matrix(784, 2), [1, 12], DEFAULT_NETWORK, GD),
			error: 'label 12 of column 1 is not a digit 0..9'
		},
		{
			make: () => new Stepper(matrix(783, 1), [1], DEFAULT_NETWORK, GD),
			error: 'params: W1 is [10×784], expected [10×783]'
		},
		{
			make: () => new Stepper(matrix(784, 1), [1], DEFAULT_NETWORK, { kind: 'gd', alpha: -1 }),
			error: 'α = -1 must be a finite number > 0'
		}
	])('refuses bad input: $error', ({ make, error }) => {
		expect(make).toThrow(error);
	});

	it('names the parameter and both shapes when given parameters do not fit', () => {
		const { x, labels } = data(2);
		const good = new Stepper(x, labels, DEFAULT_NETWORK, GD).initial;
		const make = () => new Stepper(x, labels, DEFAULT_NETWORK, GD, { ...good, b2: matrix(1, 10) });
		expect(make).toThrow(ShapeError);
		expect(make).toThrow('params: b2 is [1×10], expected [10×1]');
	});
});
