/**
 * The fast path never trains on silently: a loss or parameter that becomes NaN or ±∞ stops the
 * run with the iteration and the cause. float32 overflows near 3.4 × 10³⁸, so a learning
 * rate that is too large (α = 50 for the notes' network) shows within a few iterations.
 */
import type { ParamName } from '../config';

/** What went non-finite: the batch's loss, or one of the parameters after the update. */
export type FastDivergenceSubject = 'loss' | ParamName;

export class FastDivergenceError extends Error {
	override name = 'FastDivergenceError';
	constructor(
		/** The iteration it happened in, counting from 1. */
		readonly iteration: number,
		/** What became non-finite (the likely cause is in the message). */
		readonly subject: FastDivergenceSubject,
		/** NaN, Infinity or −Infinity. */
		readonly value: number,
		alpha: number
	) {
		const what = subject === 'loss' ? 'the loss' : `${subject} after the update`;
		const why =
			iteration === 1 && subject === 'loss'
				? 'the starting parameters or the data are too large'
				: `the learning rate α = ${alpha} is too large`;
		super(`diverged in iteration ${iteration}: ${what} became ${describe(value)} — ${why}`);
	}
}

function describe(value: number): string {
	if (Number.isNaN(value)) return 'NaN';
	return value > 0 ? 'Infinity' : '−Infinity';
}

/** The first entry of `a` that is NaN or ±∞, or undefined. */
export function firstNonFiniteValue(a: ArrayLike<number>): number | undefined {
	for (let k = 0; k < a.length; k++) {
		// x − x is 0 for every finite x and NaN for NaN and ±∞: one test instead of two.
		if (a[k] - a[k] !== 0) return a[k];
	}
	return undefined;
}
