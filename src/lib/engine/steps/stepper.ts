/**
 * The step-by-step runner a learner drives: one named step at a time, forward and back; what
 * the current state says is read through IterationView.
 * A plain class with no framework in it; a UI wraps it (for instance in a rune class) and
 * redraws from the state handed to `subscribe` listeners.
 */
import { Batches, checkLabels } from '../batches';
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import { BoundedHistory } from './history';
import { initParams } from '../init';
import { advance, beginIteration, currentParams, type IterationState } from './iteration';
import { IterationView } from './iteration-view';
import type { Matrix } from '../matrix';
import { checkOptimizer, EMPTY_OPTIMIZER_STATE } from '../optim/optimizer';
import { checkParams } from '../params';
import { lessonSteps, stepIndex, type Step, type StepId } from './index';

export interface StepperOptions {
	/** How many earlier states `back()` can return to; 500 by default. */
	readonly historyLimit?: number;
}

export type StepperListener = (state: IterationState) => void;

export class Stepper extends IterationView {
	readonly steps: readonly Step[];
	readonly labels: Int32Array;
	/** The parameters iteration 1 starts from, and `reset()` returns to. */
	readonly initial: Params;
	#batches: Batches;
	#state: IterationState;
	#history: BoundedHistory<IterationState>;
	#listeners = new Set<StepperListener>();

	/**
	 * @param x the images as columns, pixels / 255 (784 × m)
	 * @param labels the digit of each column
	 * @param params where to start; drawn by `initParams(network)` when left out
	 */
	constructor(
		readonly x: Matrix,
		labels: ArrayLike<number>,
		readonly network: NetworkConfig,
		readonly optimizer: OptimizerConfig,
		params?: Params,
		options: StepperOptions = {}
	) {
		super();
		this.labels = checkLabels(labels, x.shape[1]);
		checkOptimizer(optimizer);
		this.initial = params ?? initParams(network);
		checkParams(this.initial, network, x.shape[0]);
		this.#batches = new Batches(x, this.labels, optimizer, network.seed);
		this.steps = lessonSteps(network, optimizer);
		this.#history = new BoundedHistory(options.historyLimit ?? 500);
		this.#state = this.#begin(1, this.initial, EMPTY_OPTIMIZER_STATE);
	}

	/** The whole current state, which IterationView reads; immutable, so it may be kept. */
	get state(): IterationState {
		return this.#state;
	}
	/** Whether `back()` has a state to return to. */
	get canGoBack(): boolean {
		return this.#history.size > 0;
	}

	/** Computes the next step (starting the next iteration after the last). Refused once diverged. */
	next(): IterationState {
		if (this.#step()) this.#notify();
		return this.#state;
	}

	/** Returns to the state before the last `next()`, exactly; false if history is empty. */
	back(): boolean {
		const previous = this.#history.pop();
		if (previous === undefined) return false;
		this.#state = previous;
		this.#notify();
		return true;
	}

	/** Steps until `id` has just been computed, into the next iteration if it is behind. */
	runTo(id: StepId): IterationState {
		const target = stepIndex(id) + 1;
		let moved = false;
		while (this.#state.stepIndex !== target && this.#step()) moved = true;
		if (moved) this.#notify();
		return this.#state;
	}

	/** Finishes this iteration, or runs a whole new one if this one is done or not started. */
	runIteration(): IterationState {
		const moved = this.#step();
		while (this.#state.status === 'running') this.#step();
		if (moved) this.#notify();
		return this.#state;
	}

	/** Back to iteration 1 before any step, from the initial parameters; forgets the history. */
	reset(): IterationState {
		this.#history.clear();
		this.#state = this.#begin(1, this.initial, EMPTY_OPTIMIZER_STATE);
		this.#notify();
		return this.#state;
	}

	/** Calls `listener` with the new state after every change; returns the unsubscribe. */
	subscribe(listener: StepperListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#step(): boolean {
		let state = this.#state;
		if (state.status === 'diverged') return false;
		if (state.status === 'done') {
			state = this.#begin(state.iteration + 1, currentParams(state), state.optimizerState);
		}
		const setup = { steps: this.steps, network: this.network, optimizer: this.optimizer };
		this.#history.push(this.#state);
		this.#state = advance(state, setup);
		return true;
	}

	#begin(iteration: number, params: Params, optimizerState: IterationState['optimizerState']) {
		const { x, labels, columns } = this.#batches.forIteration(iteration);
		return beginIteration(iteration, x, labels, params, optimizerState, columns);
	}

	#notify(): void {
		for (const listener of this.#listeners) listener(this.#state);
	}
}
