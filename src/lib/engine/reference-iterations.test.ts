/**
 * Agreement with numpy: /work/shared/fixtures/reference-iterations.json holds float64
 * iterations on 8 MNIST test images. Starting from each case's `init`, the stepper must
 * reproduce every matrix of every iteration and the loss.
 *
 * Relative error of a matrix: max |ours − numpy| / max(max |numpy|, 1e-300), one number per
 * matrix (see relativeError in matrix.ts); for the loss, |ours − numpy| / |numpy|.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES, type OptimizerConfig, type Params } from './config';
import { fromData, relativeError, type Matrix } from './matrix';
import { Stepper } from './stepper';
import { TRACE_STEPS } from './trace';

const TOLERANCE = 1e-9;

interface JsonMatrix {
	shape: [number, number];
	data: number[];
}
type JsonParams = Record<'W1' | 'b1' | 'W2' | 'b2', JsonMatrix>;
interface Case {
	activation: 'relu' | 'leaky_relu';
	leakySlope: number;
	optimizer: 'gd' | 'adam';
	alpha: number;
	adam: { beta1: number; beta2: number; epsilon: number } | null;
	Y: number[];
	X: JsonMatrix;
	init: JsonParams;
	iterations: (Record<string, JsonMatrix> & { loss: number; after: JsonParams })[];
}

const fixturePath = path.resolve(process.cwd(), '../shared/fixtures/reference-iterations.json');
const cases = (JSON.parse(readFileSync(fixturePath, 'utf8')) as { cases: Record<string, Case> })
	.cases;

const toMatrix = (m: JsonMatrix): Matrix =>
	fromData(m.shape[0], m.shape[1], Float64Array.from(m.data));
const toParams = (p: JsonParams): Params => ({
	W1: toMatrix(p.W1),
	b1: toMatrix(p.b1),
	W2: toMatrix(p.W2),
	b2: toMatrix(p.b2)
});

function stepperFor(c: Case): Stepper {
	const optimizer: OptimizerConfig =
		c.optimizer === 'adam' && c.adam
			? { kind: 'adam', alpha: c.alpha, ...c.adam }
			: { kind: 'gd', alpha: c.alpha };
	const network = {
		...DEFAULT_NETWORK,
		activation: c.activation === 'leaky_relu' ? ('leaky-relu' as const) : ('relu' as const),
		leakySlope: c.leakySlope
	};
	return new Stepper(toMatrix(c.X), c.Y, network, optimizer, toParams(c.init));
}

describe('the lesson path reproduces numpy float64 reference iterations', () => {
	it('has the three expected cases', () => {
		expect(Object.keys(cases).sort()).toEqual(['leaky-relu-gd', 'relu-adam', 'relu-gd']);
		expect(cases['relu-gd'].iterations).toHaveLength(3);
		expect(cases['leaky-relu-gd'].iterations).toHaveLength(1);
		expect(cases['relu-adam'].iterations).toHaveLength(2);
	});

	const rows = Object.entries(cases).flatMap(([name, c]) =>
		c.iterations.map((_, k) => ({ name, iteration: k + 1 }))
	);
	it.each(rows)('$name iteration $iteration: every matrix and the loss within 1e-9', (row) => {
		const c = cases[row.name];
		const stepper = stepperFor(c);
		for (let k = 0; k < row.iteration; k++) stepper.runIteration();
		expect(stepper.status).toBe('done');
		const expected = c.iterations[row.iteration - 1];
		const errors: Record<string, number> = {};
		for (const name of TRACE_STEPS) {
			const ours = stepper.value(name);
			expect(ours?.shape, name).toEqual(expected[name].shape);
			errors[name] = relativeError(ours as Matrix, toMatrix(expected[name]));
		}
		for (const name of PARAM_NAMES) {
			errors[`after.${name}`] = relativeError(
				stepper.value(name) as Matrix,
				toMatrix(expected.after[name])
			);
		}
		errors.loss = Math.abs((stepper.loss as number) - expected.loss) / Math.abs(expected.loss);
		for (const [name, error] of Object.entries(errors)) {
			expect(error, `${row.name} iteration ${row.iteration} ${name}`).toBeLessThanOrEqual(
				TOLERANCE
			);
		}
	});
});
