/**
 * How a verdict reads: its headline ("Matches the engine: largest difference 2.2×10^-16") and
 * the sentence a screen reader announces after a run. Only words and formatting; every number
 * comes from the engine's verdict.
 */
import type { CellName, Verdict } from '$lib/engine/notebook';
import { short } from '$lib/widgets/format';

/** A shape as the site writes it: "10 × 8"; numpy's tuple for a number or a 1-D array. */
export function shapeWords(shape: readonly number[]): string {
	if (shape.length === 2) return `${shape[0]} × ${shape[1]}`;
	return shape.length === 1 ? `(${shape[0]},), a 1-D array` : 'a single number';
}

function difference(largest: number): string {
	if (largest === 0) return 'bit for bit';
	return `largest difference ${short(largest, 2)}`;
}

export function headline(name: CellName, verdict: Verdict): string {
	const c = verdict.comparison;
	switch (verdict.kind) {
		case 'match':
			return `Matches the engine’s ${name}: ${c?.kind === 'match' ? difference(c.largest) : ''}`;
		case 'own-inputs':
			return `Your line is right: it is the engine’s step applied to your own inputs`;
		case 'shape':
			return c?.kind === 'shape'
				? `Shape differs: yours is ${shapeWords(c.got)}, the engine’s ${name} is ${shapeWords(c.want)}`
				: 'Shape differs';
		case 'values':
			if (c?.kind !== 'values') return 'Values differ';
			return Number.isNaN(c.largest)
				? `Values differ: yours has ${short(c.got)} at row ${c.at[0]}, column ${c.at[1]}, where the engine has ${short(c.want)}`
				: `Values differ: largest difference ${short(c.largest)} at row ${c.at[0]}, column ${c.at[1]} (yours ${short(c.got)}, the engine’s ${short(c.want)})`;
		case 'error':
			return verdict.error?.display ?? 'Error';
	}
}

/** What the polite live region says after a run: the headline and the first explanation. */
export function announcement(name: CellName, verdict: Verdict): string {
	const parts = [
		headline(name, verdict),
		verdict.error?.hint,
		verdict.notes[0],
		verdict.slip?.text
	];
	return parts.filter(Boolean).join('. ').replaceAll('..', '.');
}
