/**
 * The step-by-step runner a learner drives: one named step at a time, forward and back.
 * A plain class with no framework in it; a UI wraps it (for instance in a rune class) and
 * redraws from the state handed to `subscribe` listeners.
 */
import { Batches, checkLabels } from '../batches';
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import type { Divergence } from '../training/divergence';
import { BoundedHistory } from './history';
import { initParams } from '../init';
import { advance, beginIteration, currentParams, type IterationState } from './iteration';
import type { Matrix, Shape } from '../matrix';
import { checkOptimizer, EMPTY_OPTIMIZER_STATE } from '../optim/optimizer';
import { checkParams } from '../params';
import { lessonSteps, stepIndex, type Step, type StepId } from './index';
import type { MatrixName } from '../symbols';

export interface StepperOptions {
	/** How many earlier states `back()` can return to; 500 by default. */
	readonly historyLimit?: number;
}

export type StepperListener = (state: IterationState) => void;

export class Stepper {
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
		this.labels = checkLabels(labels, x.shape[1]);
		checkOptimizer(optimizer);
		this.initial = params ?? initParams(network);
		checkParams(this.initial, network, x.shape[0]);
		this.#batches = new Batches(x, this.labels, optimizer, network.seed);
		this.steps = lessonSteps(network, optimizer);
		this.#history = new BoundedHistory(options.historyLimit ?? 500);
		this.#state = this.#begin(1, this.initial, EMPTY_OPTIMIZER_STATE);
	}

	/** The whole current state; immutable, so it may be kept and compared. */
	get state(): IterationState {
		return this.#state;
	}
	get iteration(): number {
		return this.#state.iteration;
	}
	get stepIndex(): number {
		return this.#state.stepIndex;
	}
	get status(): IterationState['status'] {
		return this.#state.status;
	}
	get loss(): number | undefined {
		return this.#state.loss;
	}
	get accuracy(): number | undefined {
		return this.#state.accuracy;
	}
	get divergence(): Divergence | undefined {
		return this.#state.divergence;
	}
	/** The step computed last, if any in this iteration. */
	get lastStep(): Step | undefined {
		return this.steps[this.#state.stepIndex - 1];
	}
	/** The step `next()` computes (the first of the next iteration once this one is done). */
	get nextStep(): Step {
		return this.steps[this.#state.stepIndex % this.steps.length];
	}
	get canGoBack(): boolean {
		return this.#history.size > 0;
	}
	get canAdvance(): boolean {
		return this.#state.status !== 'diverged';
	}

	/** The current value of a symbol; undefined until its step has run in this iteration. */
	value(name: MatrixName): Matrix | undefined {
		return this.#state.values[name];
	}
	shape(name: MatrixName): Shape | undefined {
		return this.#state.values[name]?.shape;
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
