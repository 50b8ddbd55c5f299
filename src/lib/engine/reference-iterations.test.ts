/**
 * Agreement with numpy: /work/shared/fixtures/reference-iterations.json holds float64
 * iterations on 8 MNIST test images. Starting from each case's `init`, the stepper must
 * reproduce every matrix of every iteration and the loss.
 *
 * Relative error of a matrix: max |ours − numpy| / max(max |numpy|, 1e-300), one number per
 * matrix (see relativeError in matrix.ts); for the loss, |ours − numpy| / |numpy|.
 */
import { describe, expect, it } from 'vitest';
import { referenceCases, type ReferenceCase } from '../../../scripts/lib/reference-fixture';
import { DEFAULT_NETWORK, PARAM_NAMES } from './config';
import { relativeError, type Matrix } from './matrix';
import { Stepper } from './steps/stepper';
import { TRACE_STEPS } from './files/trace';

const TOLERANCE = 1e-9;
const cases = new Map(referenceCases().map((c) => [c.name, c]));

function stepperFor(c: ReferenceCase): Stepper {
	const network = { ...DEFAULT_NETWORK, activation: c.activation, leakySlope: c.leakySlope };
	return new Stepper(c.x, c.set.labels, network, c.optimizer, c.init);
}

describe('the lesson path reproduces numpy float64 reference iterations', () => {
	it('has the three expected cases', () => {
		expect([...cases.keys()].sort()).toEqual(['leaky-relu-gd', 'relu-adam', 'relu-gd']);
		expect(cases.get('relu-gd')?.iterations).toHaveLength(3);
		expect(cases.get('leaky-relu-gd')?.iterations).toHaveLength(1);
		expect(cases.get('relu-adam')?.iterations).toHaveLength(2);
	});

	const rows = [...cases.values()].flatMap((c) =>
		c.iterations.map((_, k) => ({ name: c.name, iteration: k + 1 }))
	);
	it.each(rows)('$name iteration $iteration: every matrix and the loss within 1e-9', (row) => {
		const c = cases.get(row.name) as ReferenceCase;
		const stepper = stepperFor(c);
		for (let k = 0; k < row.iteration; k++) stepper.runIteration();
		expect(stepper.status).toBe('done');
		const expected = c.iterations[row.iteration - 1];
		const errors: Record<string, number> = {};
		for (const name of TRACE_STEPS) {
			const ours = stepper.value(name);
			expect(ours?.shape, name).toEqual(expected.values[name].shape);
			errors[name] = relativeError(ours as Matrix, expected.values[name]);
		}
		for (const name of PARAM_NAMES) {
			errors[`after.${name}`] = relativeError(stepper.value(name) as Matrix, expected.after[name]);
		}
		errors.loss = Math.abs((stepper.loss as number) - expected.loss) / Math.abs(expected.loss);
		for (const [name, error] of Object.entries(errors)) {
			expect(error, `${row.name} iteration ${row.iteration} ${name}`).toBeLessThanOrEqual(
				TOLERANCE
			);
		}
	});
});
