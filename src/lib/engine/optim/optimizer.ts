/**
 * The optimizers at the level of the lesson path: immutable matrices in, new matrices out.
 * Each update copies the parameter (and Adam's moments) and runs the typed-array step on the
 * copy, so every earlier state stays intact and stepping back is just keeping a reference.
 */
import type { OptimizerConfig, ParamName } from '../config';
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';
import { adamStep } from './adam';
import { gdStep } from './gd';

/** Adam's running means of g and g² for one parameter, after `t` updates. */
export interface Moments {
	readonly m: Float64Array;
	readonly v: Float64Array;
	readonly t: number;
}

/**
 * Everything an optimizer remembers between iterations: nothing for gradient descent, the
 * moments of each parameter for Adam. Never mutated, so a reference is a snapshot.
 */
export type OptimizerState = Readonly<Partial<Record<ParamName, Moments>>>;

export const EMPTY_OPTIMIZER_STATE: OptimizerState = Object.freeze({});

/** Throws a readable error unless `config` is an optimizer the engine can run. */
export function checkOptimizer(config: OptimizerConfig): void {
	const { alpha } = config;
	if (!Number.isFinite(alpha) || alpha <= 0) {
		throw new RangeError(`optimizer: α = ${alpha} must be a finite number > 0`);
	}
	if (config.kind === 'adam') {
		const { beta1, beta2, epsilon } = config;
		if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
			throw new RangeError(`optimizer: Adam needs 0 ≤ β₁, β₂ < 1, got ${beta1}, ${beta2}`);
		}
		if (!(epsilon >= 0)) throw new RangeError(`optimizer: Adam needs ε ≥ 0, got ${epsilon}`);
	}
	const batchSize = config.kind === 'gd' ? undefined : config.batchSize;
	if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
		throw new RangeError(`optimizer: batch size ${batchSize} must be a whole number ≥ 1`);
	}
}

/** The batch size an optimizer trains with on m columns: m (the full batch) unless it says. */
export function batchSizeOf(config: OptimizerConfig, m: number): number {
	return config.kind === 'gd' ? m : Math.min(m, config.batchSize ?? m);
}

/**
 * The parameter `name` after one update from gradient `grad`, and the optimizer state after it.
 * Gradient descent and mini-batch: W − α dW. Adam: see adamStep.
 */
export function updateParam(
	config: OptimizerConfig,
	name: ParamName,
	param: Matrix,
	grad: Matrix,
	state: OptimizerState
): { param: Matrix; state: OptimizerState } {
	if (param.shape[0] !== grad.shape[0] || param.shape[1] !== grad.shape[1]) {
		throw new ShapeError(
			`update ${name}: ${shapeTag(param.shape)} and its gradient ${shapeTag(grad.shape)} differ`
		);
	}
	const next = param.data.slice();
	if (config.kind !== 'adam') {
		gdStep(next, grad.data, config.alpha);
		return { param: fromData(param.shape[0], param.shape[1], next), state };
	}
	const before = state[name];
	const m = before ? before.m.slice() : new Float64Array(next.length);
	const v = before ? before.v.slice() : new Float64Array(next.length);
	const t = (before?.t ?? 0) + 1;
	adamStep(next, grad.data, m, v, t, config);
	return {
		param: fromData(param.shape[0], param.shape[1], next),
		state: Object.freeze({ ...state, [name]: Object.freeze({ m, v, t }) })
	};
}

/** A deep copy, for code that runs the typed-array steps in place on the state's arrays. */
export function cloneOptimizerState(state: OptimizerState): OptimizerState {
	const copy: Partial<Record<ParamName, Moments>> = {};
	for (const [name, moments] of Object.entries(state) as [ParamName, Moments][]) {
		copy[name] = { m: moments.m.slice(), v: moments.v.slice(), t: moments.t };
	}
	return Object.freeze(copy);
}
