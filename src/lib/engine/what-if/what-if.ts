/**
 * The learning-rate scrubber: from one set of parameters and their gradients, where would a
 * single step W := W − α dW (and b := b − α db) land, and what would the loss be there, for
 * any α? The update is the lesson's own (optim/optimizer.ts with gradient descent), so the
 * α of a real run gives that run's next parameters bit for bit.
 */
import type { NetworkConfig, Params } from '../config';
import { PARAM_NAMES } from '../config';
import { firstNonFinite } from '../training/divergence';
import { evaluate } from '../forward';
import type { Gradients } from '../gradients';
import type { Matrix } from '../matrix';
import { EMPTY_OPTIMIZER_STATE, updateParam } from '../optim/optimizer';

const GRADIENT = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

/**
 * The parameters after one gradient-descent step of size α: each P − α dP. α = 0 leaves them
 * as they are; a negative α climbs the loss instead.
 */
export function stepWithAlpha(params: Params, grads: Gradients, alpha: number): Params {
	if (!Number.isFinite(alpha)) throw new RangeError(`stepWithAlpha: α = ${alpha} is not finite`);
	const next: Partial<Record<keyof Params, Matrix>> = {};
	for (const name of PARAM_NAMES) {
		const update = updateParam(
			{ kind: 'gd', alpha },
			name,
			params[name],
			grads[GRADIENT[name]],
			EMPTY_OPTIMIZER_STATE
		);
		next[name] = update.param;
	}
	return next as Params;
}

export interface StepOutcome {
	/** Mean cross-entropy after the step; NaN if the step overflowed. */
	readonly loss: number;
	readonly accuracy: number;
	/** False when a parameter or the forward pass held NaN or ±∞. */
	readonly finite: boolean;
	readonly params: Params;
}

/** The loss and accuracy on (x, labels) after one step of size α. Never throws on overflow. */
export function lossAfterStep(
	x: Matrix,
	labels: ArrayLike<number>,
	params: Params,
	grads: Gradients,
	alpha: number,
	network: NetworkConfig
): StepOutcome {
	const next = stepWithAlpha(params, grads, alpha);
	if (PARAM_NAMES.some((name) => firstNonFinite(next[name]) !== undefined)) {
		return { loss: NaN, accuracy: NaN, finite: false, params: next };
	}
	const { loss, accuracy } = evaluate(next, x, labels, network);
	// A non-finite logit turns its whole column of A² to NaN, so the loss shows any overflow.
	const finite = Number.isFinite(loss);
	return { loss, accuracy: finite ? accuracy : NaN, finite, params: next };
}

export interface SweepPoint {
	readonly alpha: number;
	readonly loss: number;
	readonly accuracy: number;
	readonly finite: boolean;
}

/**
 * The loss after one step for each α in `alphas`, in order: the curve a scrubber draws,
 * with the α whose step overflows marked `finite: false` rather than thrown.
 * @example alphaSweep(x, y, params, grads, DEFAULT_NETWORK, [0, 0.1, 1, 10]).map((p) => p.loss)
 */
export function alphaSweep(
	x: Matrix,
	labels: ArrayLike<number>,
	params: Params,
	grads: Gradients,
	network: NetworkConfig,
	alphas: readonly number[]
): SweepPoint[] {
	return alphas.map((alpha) => {
		const { loss, accuracy, finite } = lossAfterStep(x, labels, params, grads, alpha, network);
		return { alpha, loss, accuracy, finite };
	});
}
