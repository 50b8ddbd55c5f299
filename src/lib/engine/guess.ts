/**
 * Judging a learner's prediction of one entry before the engine reveals it. Closeness is
 * relative to the size of the true value (with a floor, so that guessing 0.001 for 0 is
 * close), because a hand calculation rounds: being off by 0.01 matters for 0.02, not for 40.
 */
export type Verdict = 'exact' | 'close' | 'near' | 'off';

export interface GuessResult {
	readonly guess: number;
	readonly actual: number;
	/** guess − actual */
	readonly difference: number;
	/** |guess − actual| / max(|actual|, 0.01) */
	readonly relative: number;
	readonly verdict: Verdict;
}

/** Relative error at or below which a guess earns each verdict. */
export const VERDICT_LIMITS: Readonly<Record<Exclude<Verdict, 'off'>, number>> = Object.freeze({
	exact: 1e-4,
	close: 0.01,
	near: 0.1
});

const FLOOR = 0.01;

/** Compares a typed guess with the engine's value; both must be finite numbers. */
export function judgeGuess(guess: number, actual: number): GuessResult {
	if (!Number.isFinite(guess))
		throw new RangeError(`judgeGuess: the guess ${guess} is not a number`);
	if (!Number.isFinite(actual))
		throw new RangeError(`judgeGuess: the value ${actual} is not finite`);
	const difference = guess - actual;
	const relative = Math.abs(difference) / Math.max(Math.abs(actual), FLOOR);
	const verdict: Verdict =
		relative <= VERDICT_LIMITS.exact
			? 'exact'
			: relative <= VERDICT_LIMITS.close
				? 'close'
				: relative <= VERDICT_LIMITS.near
					? 'near'
					: 'off';
	return { guess, actual, difference, relative, verdict };
}

/**
 * Reads a number as a learner types it: "0.5", "-1.2e-3", ".5", "−0.25" (a typographic minus),
 * "1,5" (a decimal comma). Returns undefined for anything else rather than guessing.
 */
export function parseGuess(text: string): number | undefined {
	const cleaned = text
		.trim()
		.replace(/[−–]/g, '-')
		.replace(/^(-?\d*),(\d+)$/, '$1.$2');
	if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
	const value = Number(cleaned);
	return Number.isFinite(value) ? value : undefined;
}
