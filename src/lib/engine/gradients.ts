/**
 * The backward pass as one call: from parameters, images and labels to
 *   dW² = (1/m) dZ² A¹ᵀ,  db² = (1/m) Σⱼ dZ²[:, j],  dW¹ = (1/m) dZ¹ Xᵀ,  db¹ = (1/m) Σⱼ dZ¹[:, j],
 * with dZ² = A² − Y and dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹). It runs the lesson's own forward and backward
 * steps (or a slip's, see what-if/errata.ts), so the gradients are the lesson's bit for bit.
 */
import { checkLabels } from './batches';
import type { NetworkConfig, Params } from './config';
import { variantSteps, type TrainingVariant } from './what-if/errata';
import { oneHot } from './loss';
import type { Matrix } from './matrix';
import { EMPTY_OPTIMIZER_STATE } from './optim/optimizer';
import { checkParams } from './params';
import { stepIndex, type Values } from './steps';
import type { MatrixName } from './symbols';

/** dW¹, db¹, dW², db², each the shape of its parameter. */
export interface Gradients {
	readonly dW1: Matrix;
	readonly db1: Matrix;
	readonly dW2: Matrix;
	readonly db2: Matrix;
}

const NAMES = ['dW1', 'db1', 'dW2', 'db2'] as const;

/**
 * The gradients of the mean cross-entropy on (x, labels) at `params`: 'correct' by default,
 * or with one of the notes' slips ('no-g-prime', 'scalar-db'; 'randn-init' only changes the
 * start, so it gives the correct gradients).
 * @example stepWithAlpha(params, gradients(params, x, y, DEFAULT_NETWORK), 0.1)
 */
export function gradients(
	params: Params,
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	variant: TrainingVariant = 'correct'
): Gradients {
	const y = oneHot(checkLabels(labels, x.shape[1]));
	checkParams(params, network, x.shape[0]);
	// α is never read: only the forward and backward steps run, not the updates.
	const optimizer = { kind: 'gd', alpha: 1 } as const;
	const steps = variantSteps(network, optimizer, variant).slice(0, stepIndex('db1') + 1);
	let values: Values = { X: x, Y: y, ...params };
	for (const step of steps) {
		const context = { values, network, optimizer, optimizerState: EMPTY_OPTIMIZER_STATE };
		values = { ...values, [step.output]: step.compute(context).value };
	}
	return gradientsOf(values);
}

/**
 * dW¹, db¹, dW², db² out of a Stepper's values (its `state.values` once db¹ has run).
 * @example stepWithAlpha(stepper.initial, gradientsOf(stepper.state.values), 0.5)
 */
export function gradientsOf(values: Values): Gradients {
	const missing = NAMES.filter((name: MatrixName) => values[name] === undefined);
	if (missing.length > 0) {
		throw new Error(`gradientsOf: ${missing.join(', ')} not computed yet (run up to db1 first)`);
	}
	const [dW1, db1, dW2, db2] = NAMES.map((name) => values[name] as Matrix);
	return { dW1, db1, dW2, db2 };
}
