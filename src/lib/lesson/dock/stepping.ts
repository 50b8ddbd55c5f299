import type { Stepper } from '$lib/engine/stepper';

/**
 * Moves the engine to position `target` within the current iteration (0 = before the first
 * step, steps.length = after the last): forward by computing, backward by restoring the
 * exact earlier states from the engine's history.
 */
export function scrubTo(stepper: Stepper, target: number): void {
	const steps = stepper.steps;
	const goal = Math.max(0, Math.min(steps.length, Math.round(target)));
	if (goal > stepper.stepIndex && stepper.status !== 'done') {
		stepper.runTo(steps[goal - 1].id);
		return;
	}
	const iteration = stepper.iteration;
	while (stepper.stepIndex > goal && stepper.iteration === iteration && stepper.back()) {
		// each back() restores one earlier state exactly
	}
}
