/**
 * The state of a run between two steps, and the pure functions that move it on. A state is
 * immutable: a step makes a new one that shares every matrix it did not change, so keeping a
 * state is enough to return to it exactly.
 */
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import { checkStep, type Divergence } from '../training/divergence';
import { accuracy, crossEntropy, oneHot, predictions } from '../loss';
import type { Matrix } from '../matrix';
import type { OptimizerState } from '../optim/optimizer';
import type { Step, Values } from './step';

/** 'ready': no step of the iteration computed yet; 'done': all of them. */
export type IterationStatus = 'ready' | 'running' | 'done' | 'diverged';

export interface IterationState {
	/** The iteration in progress or just finished, counting from 1. */
	readonly iteration: number;
	/** How many of its steps have been computed, 0..steps.length. */
	readonly stepIndex: number;
	readonly status: IterationStatus;
	/** X and Y of this iteration's batch, the parameters, and every result so far. */
	readonly values: Values;
	/** The parameters this iteration started from (the updates replace them in `values`). */
	readonly start: Params;
	/** The digit of each column of this iteration's X. */
	readonly labels: Int32Array;
	/** The columns of the full data set in this batch; undefined when the batch is all of it. */
	readonly batch?: Int32Array;
	/** The optimizer's memory; after the updates, its memory for the next iteration. */
	readonly optimizerState: OptimizerState;
	/** Mean cross-entropy and accuracy of this iteration's batch, from A² onward. */
	readonly loss?: number;
	readonly accuracy?: number;
	readonly divergence?: Divergence;
}

export interface IterationSetup {
	readonly steps: readonly Step[];
	readonly network: NetworkConfig;
	readonly optimizer: OptimizerConfig;
}

/** The state before the first step of iteration `iteration`: X, Y and the parameters. */
export function beginIteration(
	iteration: number,
	x: Matrix,
	labels: Int32Array,
	params: Params,
	optimizerState: OptimizerState,
	batch?: Int32Array
): IterationState {
	const values: Values = { X: x, Y: oneHot(labels), ...params };
	return Object.freeze({
		iteration,
		stepIndex: 0,
		status: 'ready',
		values: Object.freeze(values),
		start: params,
		labels,
		batch,
		optimizerState
	});
}

/** The parameters in `state` now: after the updates once the iteration is done. */
export function currentParams(state: IterationState): Params {
	const { W1, b1, W2, b2 } = state.values;
	if (!W1 || !b1 || !W2 || !b2) throw new Error('iteration state has lost its parameters');
	return { W1, b1, W2, b2 };
}

/**
 * The state after computing the next step of this iteration. A step whose result holds NaN
 * or ±∞ is still recorded, so the learner can see it, and the state becomes 'diverged'.
 */
export function advance(state: IterationState, setup: IterationSetup): IterationState {
	const { steps, network, optimizer } = setup;
	if (state.status === 'diverged') throw new Error(state.divergence?.message ?? 'diverged');
	if (state.stepIndex >= steps.length) {
		throw new Error(`iteration ${state.iteration} is done; begin the next one first`);
	}
	const step = steps[state.stepIndex];
	const result = step.compute({
		values: state.values,
		network,
		optimizer,
		optimizerState: state.optimizerState
	});
	const values: Values = Object.freeze({ ...state.values, [step.output]: result.value });
	const stepIndex = state.stepIndex + 1;
	const divergence = checkStep(step, result.value, state.values, state.iteration, optimizer);
	let { loss, accuracy: acc } = state;
	if (step.output === 'A2' && divergence === undefined && values.Y) {
		loss = crossEntropy(result.value, values.Y);
		acc = accuracy(predictions(result.value), state.labels);
	}
	return Object.freeze({
		...state,
		stepIndex,
		status: divergence ? 'diverged' : stepIndex === steps.length ? 'done' : 'running',
		values,
		optimizerState: result.optimizerState ?? state.optimizerState,
		loss,
		accuracy: acc,
		divergence
	});
}
