/**
 * The step one gradient-descent update takes, for a scrubber to show beside the parameters:
 * Δ = −α dP for each parameter P, so that P − α dP = P + Δ exactly, and the largest |Δ|.
 */
import { PARAM_NAMES, type ParamName } from '../config';
import type { Gradients } from '../gradients';
import type { Matrix } from '../matrix';
import { scale } from '../ops/elementwise';

const GRADIENT = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

/** What one update does to one parameter. */
export interface ParamStep {
	/** −α dP, the parameter's shape: what is added to every entry. */
	readonly step: Matrix;
	/** max |α dP| over its entries: how far the entry that moves most moves (NaN if any is). */
	readonly largest: number;
}

/**
 * −α dW¹, −α db¹, −α dW², −α db², each with its largest entry in size.
 * @example stepSizes(grads, 0.1).W1.largest // how far the most-moved weight of W¹ moves
 */
export function stepSizes(grads: Gradients, alpha: number): Record<ParamName, ParamStep> {
	if (!Number.isFinite(alpha)) throw new RangeError(`stepSizes: α = ${alpha} is not finite`);
	const out: Partial<Record<ParamName, ParamStep>> = {};
	for (const name of PARAM_NAMES) {
		const step = scale(grads[GRADIENT[name]], -alpha);
		let largest = 0;
		for (const value of step.data) {
			const size = Math.abs(value);
			if (Number.isNaN(size)) {
				largest = NaN;
				break;
			}
			if (size > largest) largest = size;
		}
		out[name] = { step, largest };
	}
	return out as Record<ParamName, ParamStep>;
}
