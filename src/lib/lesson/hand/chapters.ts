import type { ChapterMeta } from '$lib/content/chapter';
import { stepIndex, type StepId } from '$lib/engine/steps';

/** Where the exercise begins on `chapter`: the first step it teaches, or A⁰ (all fifteen). */
export function firstStepOf(chapter: Pick<ChapterMeta, 'hand'> | undefined): StepId {
	return chapter?.hand ?? 'A0';
}

/**
 * The numbered chapter that teaches `step`: the last one (in reading order) whose first step
 * comes at or before it. Undefined when no chapter says what it teaches.
 * @example chapterTeaching('db1', chapters)?.slug // 'backpropagation' (it begins at dZ2)
 */
export function chapterTeaching(
	step: StepId,
	chapters: readonly ChapterMeta[]
): ChapterMeta | undefined {
	const k = stepIndex(step);
	let found: ChapterMeta | undefined;
	for (const chapter of chapters) {
		if (chapter.appendix || !chapter.hand) continue;
		if (stepIndex(chapter.hand) <= k && (!found || chapter.order > found.order)) found = chapter;
	}
	return found;
}
