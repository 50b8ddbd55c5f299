/**
 * How much arithmetic one run of a cell may do. A single product is already capped (products.ts),
 * but a cell of many lines could chain hundreds of them; the page must never freeze. One unit is
 * one multiply-add or one entry written; the notes' heaviest line at m = 1,000 (dW1) costs
 * about 8 million, the whole budget is 40 of those.
 */
import { NotebookError } from './notebook-error';

export const WORK_BUDGET = 300_000_000;

let left = WORK_BUDGET;

/** Starts a cell's run with the full budget. */
export function beginBudget(): void {
	left = WORK_BUDGET;
}

/** Takes `units` from the budget, or stops the run with a clear message when it is spent. */
export function spend(units: number): void {
	left -= units;
	if (left < 0) {
		throw new NotebookError(
			'value',
			'this cell does more arithmetic than a page should run at once (about 40 times the heaviest line of the iteration): stopped so that the page stays responsive'
		);
	}
}
