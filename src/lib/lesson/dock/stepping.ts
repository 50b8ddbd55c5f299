import type { Stepper } from '$lib/engine/steps/stepper';
import type { StepId } from '$lib/engine/steps';

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

/**
 * Starts over and moves the engine to `step` of `iteration` (or to the end of the one before
 * when no step is given). Whole iterations run in slices of about 25 ms, so a long way — an
 * address asking for iteration 200 at m = 1000 — never freezes the page. Stops early, where
 * the engine is, once `stillWanted` says false (the engine was replaced, or the learner moved);
 * true if it got there.
 */
export async function travelTo(
	stepper: Stepper,
	iteration: number,
	step: StepId | undefined,
	stillWanted: () => boolean
): Promise<boolean> {
	stepper.reset();
	const behind = () =>
		stepper.status !== 'diverged' &&
		(stepper.iteration < iteration - 1 ||
			(stepper.iteration === iteration - 1 && stepper.status !== 'done'));
	while (behind()) {
		const slice = performance.now();
		do stepper.runIteration();
		while (behind() && performance.now() - slice < 25);
		await new Promise((resolve) => setTimeout(resolve));
		if (!stillWanted()) return false;
	}
	if (step && stepper.status !== 'diverged') stepper.runTo(step);
	return true;
}
