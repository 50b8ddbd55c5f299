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

export interface AnswerResult extends GuessResult {
	/** Right to the figures asked for (see judgeAnswer). */
	readonly right: boolean;
	/** Not right, but it would be with the other sign. */
	readonly flipped: boolean;
	/** How far from the value an answer may be and still be right. */
	readonly tolerance: number;
}

/**
 * Judges an answer worked out by hand to `figures` significant figures: right when it is
 * within one unit of the last figure asked for (0.0001 for 0.7216), plus 10⁻⁵ of `scale`, the
 * size of the numbers the answer is made of, which is what working from numbers rounded to
 * six figures can cost when terms cancel.
 * @example judgeAnswer(0.7215, 0.72157, { scale: 0.72157 }).right // true
 */
export function judgeAnswer(
	guess: number,
	actual: number,
	{ scale = Math.abs(actual), figures = 4 }: { scale?: number; figures?: number } = {}
): AnswerResult {
	const judged = judgeGuess(guess, actual);
	if (!Number.isFinite(scale) || scale < 0) {
		throw new RangeError(`judgeAnswer: the scale ${scale} is not a size`);
	}
	const unit = actual === 0 ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(actual))) - (figures - 1));
	const tolerance = unit + 1e-5 * scale;
	const right = Math.abs(judged.difference) <= tolerance;
	const flipped = !right && actual !== 0 && Math.abs(guess + actual) <= tolerance;
	return { ...judged, right, flipped, tolerance };
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
	'⁰': '0',
	'¹': '1',
	'²': '2',
	'³': '3',
	'⁴': '4',
	'⁵': '5',
	'⁶': '6',
	'⁷': '7',
	'⁸': '8',
	'⁹': '9',
	'⁻': '-',
	'⁺': '+'
};

/**
 * Reads a number as a learner types it: "0.5", "-1.2e-3", ".5", "−0.25" (a typographic minus),
 * "1,5" (a decimal comma), "3.2×10^-5" or "3.2 × 10⁻⁵" (as the page writes it). Returns
 * undefined for anything else rather than guessing.
 */
export function parseGuess(text: string): number | undefined {
	const cleaned = text
		.trim()
		.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/g, (c) => SUPERSCRIPT[c])
		.replace(/[−–]/g, '-')
		.replace(/\s*[×x*]\s*10\s*(?:\^|\*\*)?\s*([-+]?\d+)$/i, 'e$1')
		.replace(/^(-?\d*),(\d+)(e[-+]?\d+)?$/i, '$1.$2$3');
	if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
	const value = Number(cleaned);
	return Number.isFinite(value) ? value : undefined;
}
