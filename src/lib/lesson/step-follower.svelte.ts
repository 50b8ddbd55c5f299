import { afterNavigate } from '$app/navigation';
import { untrack } from 'svelte';
import type { StepFigures } from './figures.svelte';
import { scrollToShow } from './follow';
import type { Lesson } from './lesson.svelte';

// Set by the dock's "shown on chapter N" link, read by the chapter it leads to.
let arrivingForStep = false;

/** The next chapter to open brings the current step's figure into view as it arrives. */
export function followOnArrival(): void {
	arrivingForStep = true;
}

const extent = (element: Element) => {
	const { top, bottom } = element.getBoundingClientRect();
	return { top, bottom };
};

/** Scrolls the figure of the step just computed into the readable part of the window, if needed. */
function show(lesson: Lesson, figures: StepFigures, instant: boolean): void {
	const step = lesson.current;
	const figure = figures.figureFor(step?.output);
	if (!step || !figure) return;
	const tag = `[data-symbol="${step.output}"]`;
	const result = figure.querySelector(`${tag}:not(${tag} *)`) ?? figure;
	const delta = scrollToShow(extent(figure), extent(result), figures.readable());
	if (delta === 0) return;
	const still = instant || matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({ top: delta, behavior: still ? 'instant' : 'smooth' });
}

/**
 * Call while a chapter is being created: every move of the lesson (Next, Previous, Play, the
 * timeline, the presenter keys, a widget's "Compute" button) brings the figure showing that
 * step's result into view above the dock, and an arrival by the dock's link does the same.
 * Changing a setting is not a move: the learner is looking at the control they changed.
 */
export function followSteps(lesson: Lesson, figures: StepFigures): void {
	let seen = untrack(() => lesson.moves);
	$effect(() => {
		const moves = lesson.moves;
		if (moves === seen) return;
		seen = moves;
		untrack(() => show(lesson, figures, false));
	});
	afterNavigate(() => {
		if (!arrivingForStep) return;
		arrivingForStep = false;
		show(lesson, figures, true);
	});
}
