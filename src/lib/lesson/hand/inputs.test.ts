import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '$lib/engine/config';
import { matrix } from '$lib/engine/matrix';
import { Rng } from '$lib/engine/rng';
import { Stepper } from '$lib/engine/stepper';
import type { StepId } from '$lib/engine/steps';
import { handTask, type HandInput } from './inputs';

// A small, sparse, seeded X (784 × 3) standing in for three images.
function images(m: number): ReturnType<typeof matrix> {
	const rng = new Rng(7);
	const data = Array.from({ length: 784 * m }, () => (rng.uniform() < 0.2 ? rng.uniform() : 0));
	return matrix(784, m, data);
}

const alpha = 0.1;
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, k) => s + v * b[k], 0);
const mean = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;

// What a learner would do by hand with the inputs, written independently of the engine.
const byHand: Partial<
	Record<StepId, (inputs: readonly HandInput[], cell: readonly [number, number]) => number>
> = {
	Z1: ([w, x, b]) => dot(w.values, x.values) + b.values[0],
	A1: ([z]) => Math.max(0, z.values[0]),
	Z2: ([w, a, b]) => dot(w.values, a.values) + b.values[0],
	A2: ([z], [i]) => Math.exp(z.values[i]) / z.values.reduce((s, v) => s + Math.exp(v), 0),
	dZ2: ([a, y]) => a.values[0] - y.values[0],
	dW2: ([dz, a]) => mean(dz.values.map((v, k) => v * a.values[k])),
	db2: ([dz]) => mean(dz.values),
	dZ1: ([w, dz, z]) => dot(w.values, dz.values) * (z.values[0] > 0 ? 1 : 0),
	dW1: ([dz, x]) => mean(dz.values.map((v, k) => v * x.values[k])),
	db1: ([dz]) => mean(dz.values),
	'update-W1': ([w, dw, a]) => w.values[0] - a.values[0] * dw.values[0],
	'update-b1': ([w, dw, a]) => w.values[0] - a.values[0] * dw.values[0],
	'update-W2': ([w, dw, a]) => w.values[0] - a.values[0] * dw.values[0],
	'update-b2': ([w, dw, a]) => w.values[0] - a.values[0] * dw.values[0]
};

describe('handTask', () => {
	for (const iteration of [1, 2]) {
		it(`gives, for every step of iteration ${iteration}, the inputs that produce the engine's entry`, () => {
			const stepper = new Stepper(images(3), [4, 0, 9], DEFAULT_NETWORK, { kind: 'gd', alpha });
			if (iteration === 2) stepper.runIteration();
			for (const step of stepper.steps) {
				const task = handTask(
					step,
					stepper.state.values,
					stepper.state.iteration + (stepper.state.status === 'done' ? 1 : 0),
					alpha
				);
				stepper.next();
				const result = stepper.value(step.output);
				const rule = byHand[step.id];
				if (!result || !rule) continue;
				const [i, j] = task.cell;
				expect(i).toBeLessThan(result.shape[0]);
				expect(j).toBeLessThan(result.shape[1]);
				const engine = result.data[i * result.shape[1] + j];
				expect(rule(task.inputs, task.cell)).toBeCloseTo(engine, 10);
			}
		});
	}

	it('asks nothing for A[0], which is X itself', () => {
		const stepper = new Stepper(images(2), [1, 2], DEFAULT_NETWORK, { kind: 'gd', alpha });
		expect(handTask(stepper.steps[0], stepper.state.values, 1, alpha).skip).toMatch(/X itself/);
	});

	it("explains instead of asking when Adam's hidden averages decide the update", () => {
		const adam = { kind: 'adam', alpha: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
		const stepper = new Stepper(images(2), [1, 2], DEFAULT_NETWORK, adam);
		stepper.runTo('db1');
		const update = stepper.steps.find((s) => s.id === 'update-W1');
		if (!update) throw new Error('no update step');
		expect(handTask(update, stepper.state.values, 1, 0.001).skip).toMatch(/Adam/);
	});
});
