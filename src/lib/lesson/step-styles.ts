import { SYMBOL_NAMES } from '$lib/engine/symbols';

/** How long a step's new result takes to appear: short enough never to hold the learner up. */
export const APPEAR_MS = 260;

/**
 * CSS for the figure of the current step (see Widget.svelte, which sets `data-inputs`,
 * `data-output` and `data-pulse` on it): the step's inputs get a dashed outline in their own
 * colour, its result a solid one, and the result fades in over APPEAR_MS whenever the step
 * changes (the pulse flips between two identical animations so that each move restarts it).
 * Only the outermost element of a symbol is marked, not the name inside its matrix view. With
 * reduced motion nothing moves. Generated from the symbol list, like the colours.
 */
export function stepStyles(): string {
	const rules: string[] = [];
	const motion: string[] = [];
	for (const name of SYMBOL_NAMES) {
		const outermost = `[data-symbol="${name}"]:not([data-symbol="${name}"] *)`;
		rules.push(
			`.widget[data-inputs~="${name}"] ${outermost}{outline:2px dashed var(--sym-color);outline-offset:3px}`
		);
		rules.push(
			`.widget[data-output="${name}"] ${outermost}{outline:3px solid var(--sym-color);outline-offset:3px}`
		);
		for (const pulse of ['a', 'b']) {
			motion.push(
				`.widget[data-output="${name}"][data-pulse="${pulse}"] ${outermost}{animation:step-appear-${pulse} ${APPEAR_MS}ms ease-out}`
			);
		}
	}
	const frames = ['a', 'b']
		.map((p) => `@keyframes step-appear-${p}{from{opacity:.2}to{opacity:1}}`)
		.join('');
	return `${rules.join('')}@media (prefers-reduced-motion:no-preference){${motion.join('')}${frames}}`;
}
