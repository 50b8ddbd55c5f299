/**
 * The two forms of softmax side by side on scores moved by a constant c: softmax(z + c) is
 * softmax(z) on paper (the e^c cancels), so the engine's stable form gives the same
 * probabilities for every c, while the notebook's naive `exp(z) / sum(exp(z))` breaks once a
 * score passes ln(largest double) ≈ 709.78 (∞ / ∞) or every score falls below about −745
 * (0 / 0).
 */
import { expTerms, type ExpTerms } from '../explain/softmax-vector';

/** ln of the largest double: e^z is ∞ in float64 for any z above it. */
export const EXP_OVERFLOW = Math.log(Number.MAX_VALUE);

export interface SoftmaxComparison {
	/** zᵢ + c, the scores both forms are given. */
	readonly scores: readonly number[];
	/** The engine's working: the column's maximum subtracted first. */
	readonly stable: ExpTerms;
	/** The notebook's working: nothing subtracted. */
	readonly naive: ExpTerms;
	/** The indices of scores above EXP_OVERFLOW, whose e^z is ∞ in the naive form. */
	readonly overflowing: readonly number[];
}

/**
 * Both forms' working for the scores z + c.
 * @example compareSoftmax([1.3, 5.1], 1000).naive.probabilities // [0, NaN]
 */
export function compareSoftmax(z: readonly number[], shift = 0): SoftmaxComparison {
	if (!Number.isFinite(shift)) throw new RangeError(`compareSoftmax: shift ${shift} is not finite`);
	const scores = z.map((v) => v + shift);
	const overflowing = scores.flatMap((v, i) => (v > EXP_OVERFLOW ? [i] : []));
	return {
		scores,
		stable: expTerms(scores, 'stable'),
		naive: expTerms(scores, 'naive'),
		overflowing
	};
}
