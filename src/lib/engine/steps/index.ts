/**
 * One iteration as an ordered list of named steps, mirroring the notes: A⁰, Z¹, A¹, Z², A²
 * (forward), dZ², dW², db², dZ¹, dW¹, db¹ (backward), then the updates of W¹, b¹, W², b².
 * The loss and accuracy can be read once A² exists (see loss.ts).
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import { STEP_IDS, type Step, type StepId } from './step';
import { backwardSteps } from './backward-steps';
import { forwardSteps } from './forward-steps';
import { updateSteps } from './update-steps';

export { STEP_IDS, need, type Step, type StepContext, type StepId, type StepResult } from './step';
export type { Values } from './step';

/**
 * The fifteen steps for this network and optimizer, in order. The equations name the
 * activation (ReLU or Leaky ReLU) and the optimizer's update rule.
 * @example lessonSteps(DEFAULT_NETWORK, DEFAULT_OPTIMIZER)[1].tex
 * // '\\sym{Z1}{Z^{[1]}} = \\sym{W1}{W^{[1]}} \\sym{A0}{A^{[0]}} + \\sym{b1}{b^{[1]}}'
 */
export function lessonSteps(network: NetworkConfig, optimizer: OptimizerConfig): readonly Step[] {
	const steps = [...forwardSteps(network), ...backwardSteps(network), ...updateSteps(optimizer)];
	// The list above is the notes' order; STEP_IDS is the order others rely on. Keep them one.
	steps.forEach((step, k) => {
		if (step.id !== STEP_IDS[k]) throw new Error(`lessonSteps: step ${k} is ${step.id}`);
	});
	return Object.freeze(steps);
}

/** The position of `id` in the iteration, 0–14. */
export function stepIndex(id: StepId): number {
	const k = STEP_IDS.indexOf(id);
	if (k < 0) throw new RangeError(`unknown step '${String(id)}'; steps: ${STEP_IDS.join(', ')}`);
	return k;
}
