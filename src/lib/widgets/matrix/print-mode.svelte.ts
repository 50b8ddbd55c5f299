import { flushSync } from 'svelte';

/**
 * Whether the page is being printed. Red and blue of the same strength turn into the same grey
 * on a black-and-white printer, so matrices print with a grey ramp instead (see color.ts);
 * every colour scale reads this, so the canvases repaint when it changes.
 */
class PrintMode {
	on = $state(false);
}

export const printMode = new PrintMode();

/**
 * Follows the print media query, and the browser's print events: the canvases must have
 * repainted before the browser lays out the printed page, hence the synchronous flush.
 * Returns the function that stops following.
 */
export function followPrinting(): () => void {
	const query = window.matchMedia('print');
	const set = (on: boolean) => {
		if (printMode.on === on) return;
		printMode.on = on;
		flushSync();
	};
	const change = (event: MediaQueryListEvent) => set(event.matches);
	const before = () => set(true);
	const after = () => set(query.matches);
	query.addEventListener('change', change);
	window.addEventListener('beforeprint', before);
	window.addEventListener('afterprint', after);
	// No flush here: this runs as the page starts, inside an effect.
	printMode.on = query.matches;
	return () => {
		query.removeEventListener('change', change);
		window.removeEventListener('beforeprint', before);
		window.removeEventListener('afterprint', after);
	};
}
