/**
 * Training curves on the lesson path: whole iterations of the very steps a learner steps
 * through (beginIteration, then `advance` fifteen times), so every loss on a curve is the
 * loss the Stepper shows for that iteration, bit for bit, for gd, mini-batch and Adam alike.
 *
 * Point i describes the parameters iteration i starts from: its batch's loss and accuracy
 * (all of X for gd and full-batch Adam, one mini-batch otherwise), and now and then the
 * accuracy on a test set. A step that yields NaN or ±∞ ends the curve with the engine's
 * Divergence report.
 */
import { Batches, checkLabels } from '../batches';
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import type { Divergence } from './divergence';
import { evaluate } from '../forward';
import { initParams } from '../init';
import { advance, beginIteration, currentParams } from '../steps/iteration';
import type { Matrix } from '../matrix';
import { checkOptimizer, EMPTY_OPTIMIZER_STATE, type OptimizerState } from '../optim/optimizer';
import { checkParams } from '../params';
import { lessonSteps, type Step } from '../steps';
import type { CurvePoint } from './curve-point';

export interface CurveSetup {
	/** Training images as columns, pixels / 255 (784 × m), and their digits. */
	readonly x: Matrix;
	readonly labels: ArrayLike<number>;
	readonly network: NetworkConfig;
	readonly optimizer: OptimizerConfig;
	readonly test?: { readonly x: Matrix; readonly labels: ArrayLike<number> };
	/** How often to measure the test set, in iterations; 10 by default. */
	readonly every?: number;
	/** Where to start; `initParams(network)` by default. */
	readonly params?: Params;
	/** The steps of one iteration; the lesson's by default (what-if/errata.ts swaps some). */
	readonly steps?: readonly Step[];
}

/**
 * A curve grown a few iterations at a time, so a page can run some per animation frame.
 * @example const run = new CurveRunner({ x, labels, network, optimizer }); run.step(5);
 */
export class CurveRunner {
	readonly labels: Int32Array;
	#setup: CurveSetup & { steps: readonly Step[]; every: number };
	#points: CurvePoint[] = [];
	#tests: CurvePoint[] = [];
	#batches: Batches;
	#params: Params;
	#optimizerState: OptimizerState = EMPTY_OPTIMIZER_STATE;
	#done = 0;
	#divergence: Divergence | undefined;

	constructor(setup: CurveSetup) {
		const { x, network, optimizer, test, every = 10 } = setup;
		this.labels = checkLabels(setup.labels, x.shape[1]);
		checkOptimizer(optimizer);
		if (!Number.isInteger(every) || every < 1) {
			throw new RangeError(`CurveRunner: every = ${every} must be a whole number ≥ 1`);
		}
		this.#params = setup.params ?? initParams(network);
		checkParams(this.#params, network, x.shape[0]);
		if (test) {
			checkLabels(test.labels, test.x.shape[1]);
			checkParams(this.#params, network, test.x.shape[0]);
		}
		this.#setup = { ...setup, every, steps: setup.steps ?? lessonSteps(network, optimizer) };
		this.#batches = new Batches(x, this.labels, optimizer, network.seed);
	}

	/** One point per iteration whose forward pass finished, on its batch, oldest first. */
	get points(): readonly CurvePoint[] {
		return this.#points;
	}
	/** The test set, at iterations 1, 1 + every, 1 + 2·every, … with that iteration's starting parameters. */
	get tests(): readonly CurvePoint[] {
		return this.#tests;
	}
	/** Iterations finished, updates included. */
	get iterations(): number {
		return this.#done;
	}
	/** The parameters after the last finished iteration. */
	get params(): Params {
		return this.#params;
	}
	get divergence(): Divergence | undefined {
		return this.#divergence;
	}
	get diverged(): boolean {
		return this.#divergence !== undefined;
	}

	/** Runs up to `n` more iterations, fewer if one diverges; returns the points they added. */
	step(n = 1): CurvePoint[] {
		const added: CurvePoint[] = [];
		for (let k = 0; k < n && !this.diverged; k++) {
			const point = this.#iterate();
			if (point) added.push(point);
		}
		return added;
	}

	#iterate(): CurvePoint | undefined {
		const { network, optimizer, steps, test, every } = this.#setup;
		const iteration = this.#done + 1;
		const batch = this.#batches.forIteration(iteration);
		const start = this.#params;
		const setup = { steps, network, optimizer };
		let state = beginIteration(iteration, batch.x, batch.labels, start, this.#optimizerState);
		while (state.status === 'ready' || state.status === 'running') state = advance(state, setup);
		let point: CurvePoint | undefined;
		if (state.loss !== undefined && state.accuracy !== undefined) {
			point = { iteration, loss: state.loss, accuracy: state.accuracy };
			this.#points.push(point);
			if (test && (iteration - 1) % every === 0) {
				const { loss, accuracy } = evaluate(start, test.x, test.labels, network);
				this.#tests.push({ iteration, loss, accuracy });
			}
		}
		if (state.status === 'diverged') {
			this.#divergence = state.divergence;
		} else {
			this.#params = currentParams(state);
			this.#optimizerState = state.optimizerState;
			this.#done = iteration;
		}
		return point;
	}
}
