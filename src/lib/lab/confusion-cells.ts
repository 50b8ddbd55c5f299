/**
 * The confusion table's cells, coloured: D3 picks each cell's colour, the table only draws.
 * The diagonal (right answers) is in blues and the rest (mistakes) in reds, each scale spanning
 * its own cells, so that a handful of mistakes is not lost next to a thousand hits.
 */
import { hsl, interpolateBlues, interpolateReds, max, scaleSequential } from 'd3';
import type { Confusion } from '$lib/engine/results/confusion';

export interface ConfusionCell {
	/** The predicted digit: the cell's column. */
	p: number;
	/** How many images of the row's label were read as `p`; −1 before any test. */
	n: number;
	/** Its background; none for an empty cell. */
	colour: string | undefined;
	/** Whether the background is dark enough to need light text. */
	light: boolean;
}

/** One row of cells per true label, each row one cell per prediction. */
export function confusionCells(c: Confusion): ConfusionCell[][] {
	const counts = c.counts.data;
	const classes = c.counts.shape[0];
	const mistakes = counts.filter((_, k) => Math.floor(k / classes) !== k % classes);
	const right = scaleSequential([0, max(c.perLabel) || 1], (t) => interpolateBlues(0.1 + 0.8 * t));
	const wrong = scaleSequential([0, max(mistakes) || 1], (t) => interpolateReds(0.05 + 0.85 * t));
	return Array.from({ length: classes }, (_, y) =>
		Array.from({ length: classes }, (_, p) => {
			const n = counts[y * classes + p];
			const colour = n === 0 ? undefined : y === p ? right(n) : wrong(n);
			return { p, n, colour, light: colour !== undefined && hsl(colour).l < 0.5 };
		})
	);
}

/** The cells of a table not tested yet: each counts −1, no images counted. */
export function untestedCells(classes: number): ConfusionCell[] {
	return Array.from({ length: classes }, (_, p) => ({ p, n: -1, colour: undefined, light: false }));
}
