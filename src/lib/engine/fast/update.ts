/**
 * The update half of an iteration, shared by the one-thread trainer and the parallel one:
 * from the batch's gradient sums, the mean gradient and the optimizer's step on the packed
 * float32 parameters, in place,
 *
 *   dW = (1/n) Σⱼ dWⱼ       W := W − α dW     (gradient descent, mini-batch)
 *   W := W − α m̂ / (√v̂ + ε)                    (Adam, from the same mean gradient)
 *
 * and the watch for divergence: a non-finite loss or parameter stops the run with the
 * iteration and the cause, and every later update refuses until the parameters are replaced.
 */
import { PARAM_NAMES, type OptimizerConfig } from '../config';
import { adamStep } from '../optim/adam';
import { gdStep } from '../optim/gd';
import { FastDivergenceError, firstNonFiniteValue } from './divergence';
import { packedSizes, type Packed } from './layout';
import type { CurvePoint } from '../training/curve-point';

/** The packed arrays, in the order of PARAM_NAMES (W1T is W¹ transposed). */
export const PACKED = ['W1T', 'b1', 'W2', 'b2'] as const;

/** This update's point on the curve, measured on its batch before the update, and the batch's size. */
export interface IterationReport extends CurvePoint {
	readonly batchSize: number;
}

/** What a batch gave: its size, Σ loss and how many it classified right. */
export interface BatchTotals {
	readonly n: number;
	readonly lossSum: number;
	readonly correct: number;
}

type Moments = Record<keyof Packed, Float64Array>;

export class Updater {
	#moments: { m: Moments; v: Moments; t: number } | undefined;
	#iteration = 0;
	#diverged: FastDivergenceError | undefined;

	constructor(
		readonly optimizer: OptimizerConfig,
		readonly hp: number
	) {}

	/** Updates done so far. */
	get iteration(): number {
		return this.#iteration;
	}

	/** Throws the divergence that stopped the run, if one did. */
	check(): void {
		if (this.#diverged) throw this.#diverged;
	}

	/** New parameters: Adam starts over with fresh moments, and a divergence is forgotten. */
	reset(): void {
		this.#moments = undefined;
		this.#diverged = undefined;
	}

	/**
	 * Divides the gradient sums `g` by the batch size (in place) and updates `p` from them.
	 * Throws a FastDivergenceError when the loss or a parameter is no longer finite.
	 */
	apply(p: Packed, g: Packed, { n, lossSum, correct }: BatchTotals): IterationReport {
		this.check();
		const iteration = this.#iteration + 1;
		const loss = lossSum / n;
		const { optimizer } = this;
		if (!Number.isFinite(loss))
			this.#fail(new FastDivergenceError(iteration, 'loss', loss, optimizer.alpha));
		for (const name of PACKED) {
			const grad = g[name];
			for (let k = 0; k < grad.length; k++) grad[k] /= n;
			if (optimizer.kind === 'adam') {
				const { m, v, t } = (this.#moments ??= this.#freshMoments());
				adamStep(p[name], grad, m[name], v[name], t + 1, optimizer);
			} else {
				gdStep(p[name], grad, optimizer.alpha);
			}
		}
		if (this.#moments) this.#moments.t++;
		this.#iteration = iteration;
		for (const [i, name] of PACKED.entries()) {
			const bad = firstNonFiniteValue(p[name]);
			if (bad !== undefined)
				this.#fail(new FastDivergenceError(iteration, PARAM_NAMES[i], bad, optimizer.alpha));
		}
		return { iteration, loss, accuracy: correct / n, batchSize: n };
	}

	#freshMoments(): { m: Moments; v: Moments; t: number } {
		const sizes = packedSizes(this.hp);
		const zeros = (): Moments => ({
			W1T: new Float64Array(sizes.W1T),
			b1: new Float64Array(sizes.b1),
			W2: new Float64Array(sizes.W2),
			b2: new Float64Array(sizes.b2)
		});
		return { m: zeros(), v: zeros(), t: 0 };
	}

	#fail(error: FastDivergenceError): never {
		this.#diverged = error;
		throw error;
	}
}
