import { handQuestion, handTrail, type HandQuestion } from '$lib/engine/hand';
import { currentParams } from '$lib/engine/steps/iteration';
import type { Lesson } from '../lesson.svelte';

/**
 * The by-hand question for the lesson's next step, built from the engine's values as they
 * stand just before it; undefined when there is none to ask (no data yet, a run that stopped,
 * or a run that diverged).
 */
export function questionFor(lesson: Lesson): HandQuestion | undefined {
	const now = lesson.state;
	const step = lesson.nextStep;
	const x = now?.values.X;
	const data = lesson.data;
	const network = lesson.stepper?.network;
	if (!now || !step || !x || !data || !network || now.status === 'diverged') return undefined;
	// Once the iteration is done, the next one starts from the updated parameters.
	const done = now.status === 'done';
	const start = done ? currentParams(now) : now.start;
	const trail = handTrail({ X: x, ...start }, now.labels, now.iteration + (done ? 1 : 0));
	return handQuestion(step.id, now.values, trail, {
		network,
		alpha: lesson.settings.alpha,
		// X's columns are the lesson's first m training images, in order.
		pixelByte: (p, j) => data.train.images[j * 784 + p]
	});
}
