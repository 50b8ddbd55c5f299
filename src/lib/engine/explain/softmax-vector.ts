/**
 * Softmax of one list of scores, for the softmax chapter: softmax(z)ᵢ = e^{zᵢ} / Σₖ e^{zₖ}.
 *
 * Two forms that are equal on paper. The engine's subtracts M = maxₖ zₖ first:
 * e^{zᵢ−M} / Σₖ e^{zₖ−M} (the e^{−M} cancels), so the largest power is e⁰ = 1. The notebook's
 * `exp(z) / sum(exp(z))` does not: e^z is ∞ in float64 once z > ln(1.8 × 10³⁰⁸) ≈ 709.78, and
 * ∞ / ∞ is NaN; if every z < about −745, every e^z is 0 and 0 / 0 is NaN too.
 */
import { matrix } from '../matrix';
import { softmax } from '../softmax';

/** The working of one form, step by step. */
export interface ExpTerms {
	/** What is subtracted: maxₖ zₖ for the stable form, 0 for the naive one. */
	readonly max: number;
	/** zᵢ − max */
	readonly shifted: readonly number[];
	/** e^{zᵢ − max} */
	readonly exps: readonly number[];
	/** Σₖ e^{zₖ − max}, adding k upward from 0 */
	readonly sum: number;
	/** e^{zᵢ − max} / sum */
	readonly probabilities: readonly number[];
}

function checkScores(name: string, z: readonly number[]): void {
	if (z.length === 0) throw new RangeError(`${name}: softmax needs at least one score`);
}

/**
 * The working of softmax(z): 'stable' (the engine's, max subtracted; its probabilities are
 * softmaxVector's bit for bit) or 'naive' (the notebook's, nothing subtracted).
 * @example expTerms([1000, 0], 'naive').exps // [Infinity, 1]
 */
export function expTerms(z: readonly number[], form: 'stable' | 'naive' = 'stable'): ExpTerms {
	checkScores('expTerms', z);
	let max = form === 'stable' ? -Infinity : 0;
	if (form === 'stable') for (const v of z) if (v > max) max = v;
	const shifted = z.map((v) => v - max);
	const exps = shifted.map((v) => Math.exp(v));
	let sum = 0;
	for (const e of exps) sum += e;
	return { max, shifted, exps, sum, probabilities: exps.map((e) => e / sum) };
}

/**
 * softmax(z) through the engine's own softmax (z as a k × 1 column, max subtracted): positive
 * numbers summing to 1 for any finite z.
 * @example softmaxVector([1.3, 5.1, 2.2, 0.7]) // ≈ [0.021, 0.917, 0.046, 0.010]
 */
export function softmaxVector(z: readonly number[]): number[] {
	checkScores('softmaxVector', z);
	return Array.from(softmax(matrix(z.length, 1, z)).data);
}

/**
 * The notebook's `np.exp(z) / np.sum(np.exp(z))`, with no max subtracted: right for modest
 * scores; once a score passes ≈ 709.78 its e^z is ∞, the sum is ∞, and the entry becomes
 * ∞/∞ = NaN while every finite one becomes 0. If every score is below ≈ −745, every entry is
 * 0/0 = NaN. Kept to show that failure; the network never uses it.
 * @example softmaxNaive([710, 0]) // [NaN, 0] — ∞/∞ and 1/∞
 */
export function softmaxNaive(z: readonly number[]): number[] {
	checkScores('softmaxNaive', z);
	return [...expTerms(z, 'naive').probabilities];
}
