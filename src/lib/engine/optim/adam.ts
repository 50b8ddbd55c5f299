/**
 * Adam (Kingma & Ba, 2015), bias-corrected, over plain typed arrays. With g the gradient and
 * t = 1, 2, … the update's number:
 *
 *   m := β₁ m + (1 − β₁) g          (a running mean of g)
 *   v := β₂ v + (1 − β₂) g²         (a running mean of g²)
 *   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)   (both start at 0, so early means are too small)
 *   W := W − α m̂ / (√v̂ + ε)
 *
 * Each step moves a parameter by about α whatever the gradient's scale; ε only guards 0/0.
 */
import type { OptimizerConfig } from '../config';
import { checkLengths, type FloatArray } from './gd';

export interface AdamHyper {
	readonly alpha: number;
	readonly beta1: number;
	readonly beta2: number;
	readonly epsilon: number;
}

/** The hyperparameters of the Adam paper, which the reference iterations use with α = 0.001. */
export const ADAM_DEFAULTS: AdamHyper = Object.freeze({
	alpha: 0.001,
	beta1: 0.9,
	beta2: 0.999,
	epsilon: 1e-8
});

/**
 * Adam at rate `alpha` with the paper's β₁, β₂ and ε, full batch unless `batchSize` is given:
 * the one place the lesson, the lab, the CLI and the widgets take Adam's setting from.
 * @example adamConfig(0.01) // { kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
 */
export function adamConfig(
	alpha: number = ADAM_DEFAULTS.alpha,
	batchSize?: number
): Extract<OptimizerConfig, { kind: 'adam' }> {
	const adam = { kind: 'adam', ...ADAM_DEFAULTS, alpha } as const;
	return batchSize === undefined ? adam : { ...adam, batchSize };
}

/**
 * One Adam update of `param`, in place, also advancing the moments `m` and `v` in place.
 * `t` is this update's number, from 1.
 */
export function adamStep(
	param: FloatArray,
	grad: FloatArray,
	m: FloatArray,
	v: FloatArray,
	t: number,
	hyper: AdamHyper
): void {
	checkLengths('adamStep', param, grad);
	checkLengths('adamStep (m)', param, m);
	checkLengths('adamStep (v)', param, v);
	if (!Number.isInteger(t) || t < 1) throw new RangeError(`adamStep: t = ${t} must count from 1`);
	const { alpha, beta1, beta2, epsilon } = hyper;
	const correct1 = 1 - beta1 ** t;
	const correct2 = 1 - beta2 ** t;
	for (let k = 0; k < param.length; k++) {
		const g = grad[k];
		const mk = beta1 * m[k] + (1 - beta1) * g;
		const vk = beta2 * v[k] + (1 - beta2) * (g * g);
		m[k] = mk;
		v[k] = vk;
		param[k] = param[k] - (alpha * (mk / correct1)) / (Math.sqrt(vk / correct2) + epsilon);
	}
}
