/**
 * One training run inside the worker: the engine's fast trainer on the first m training
 * images, driven in slices of a few dozen milliseconds so that messages from the page (pause,
 * step, a new limit) are handled between them. It reports every iteration, the test accuracy
 * every tenth iteration and at the end, W¹ now and then, and everything about the test set
 * whenever it stops.
 */
import type { MnistSet } from '$lib/engine/data/mnist';
import { FastDivergenceError, type FastTrainer } from '$lib/engine/fast';
import type { TrainingSetup } from '$lib/engine/params-file';
import { Throughput } from '$lib/engine/throughput';
import type { IterationPoint, LabEvent, RunEvent, RunStatus, TestPoint } from './protocol';

export type Post = (event: LabEvent, transfer?: Transferable[]) => void;
type Tell = (event: RunEvent, transfer?: Transferable[]) => void;

/** Work done between two looks at the message queue. */
const SLICE_MS = 25;
/** How often W¹ is sent while running. */
const WEIGHTS_MS = 400;
/** Test accuracy is measured every this many iterations (and at the end). */
export const TEST_EVERY = 10;

export class Run {
	status: RunStatus = 'paused';
	limit: number;
	readonly throughput = new Throughput();
	#weightsAt = -Infinity;
	#testedAt = -1;
	#retired = false;

	constructor(
		readonly id: number,
		readonly trainer: FastTrainer,
		readonly setup: TrainingSetup,
		readonly train: MnistSet,
		readonly test: MnistSet,
		/** Updates done before this trainer started (when continuing from a saved file). */
		readonly offset: number,
		post: Post,
		readonly now: () => number = () => performance.now()
	) {
		this.limit = Math.max(setup.iterations, offset);
		if (offset >= this.limit) this.status = 'done';
		this.post = (event, transfer) => {
			if (!this.#retired) post({ type: 'run', id, event }, transfer);
		};
	}

	readonly post: Tell;

	/** Stops for good and says nothing more (a new run has replaced this one). */
	retire(): void {
		this.#retired = true;
		if (this.status === 'running') this.status = 'paused';
	}

	get iteration(): number {
		return this.offset + this.trainer.iteration;
	}

	/** Trains until paused, finished or diverged, calling `pause` to let messages in. */
	async play(pause: () => Promise<void>): Promise<void> {
		if (this.status === 'running' || this.status === 'diverged') return;
		if (this.iteration >= this.limit) return;
		this.status = 'running';
		this.throughput.restartWindow();
		this.#status();
		while (this.status === 'running') {
			if (this.#slice()) return;
			if (this.iteration >= this.limit) this.status = 'done';
			else await pause();
		}
		if (!this.#retired) this.settle();
	}

	/** One iteration, then everything a stop reports. */
	step(): void {
		if (this.status === 'running' || this.status === 'diverged') return;
		this.limit = Math.max(this.limit, this.iteration + 1);
		if (this.#slice(0)) return;
		this.status = this.iteration >= this.limit ? 'done' : 'paused';
		this.settle();
	}

	/** The test accuracy now, then the status, W¹ and the evaluation of every test image. */
	settle(): void {
		if (this.#testedAt !== this.iteration) {
			this.post({ type: 'iterations', points: [], tests: [this.#testPoint()], ...this.#speed() });
		}
		this.#status();
		this.#weights();
		const test = this.trainer.evaluate(this.test, { probabilities: true });
		const probabilities = test.probabilities ?? new Float32Array(0);
		this.post(
			{
				type: 'evaluation',
				iteration: this.iteration,
				predictions: test.predictions,
				probabilities,
				accuracy: test.accuracy,
				trainAccuracy: this.trainer.evaluate(this.train).accuracy
			},
			[test.predictions.buffer, probabilities.buffer]
		);
	}

	/** Iterations for `budget` ms (at least one, at most to the limit); true if it diverged. */
	#slice(budget = SLICE_MS): boolean {
		const start = this.now();
		const points: IterationPoint[] = [];
		const tests: TestPoint[] = [];
		let busy = 0;
		let diverged: FastDivergenceError | undefined;
		do {
			const before = this.now();
			try {
				const r = this.trainer.step();
				points.push({ iteration: this.offset + r.iteration, loss: r.loss, accuracy: r.accuracy });
			} catch (error) {
				if (!(error instanceof FastDivergenceError)) throw error;
				diverged = error;
			}
			busy += this.now() - before;
			if (diverged) break;
			if (this.iteration % TEST_EVERY === 0 || this.iteration >= this.limit) {
				tests.push(this.#testPoint());
			}
		} while (this.iteration < this.limit && this.now() - start < budget);
		this.throughput.add(points.length, busy, this.now());
		this.post({ type: 'iterations', points, tests, ...this.#speed() });
		if (diverged) {
			this.status = 'diverged';
			const { iteration, subject, value, message } = diverged;
			this.post({ type: 'diverged', iteration: this.offset + iteration, subject, value, message });
			this.#status();
			return true;
		}
		if (this.now() - this.#weightsAt > WEIGHTS_MS) this.#weights();
		return false;
	}

	#testPoint(): TestPoint {
		const { accuracy, loss } = this.trainer.evaluate(this.test);
		this.#testedAt = this.iteration;
		return { iteration: this.iteration, accuracy, loss };
	}

	#speed() {
		return {
			perSecond: this.throughput.perSecond,
			msPerIteration: this.throughput.msPerIteration
		};
	}

	#status(): void {
		this.post({
			type: 'status',
			status: this.status,
			iteration: this.iteration,
			limit: this.limit
		});
	}

	#weights(): void {
		this.#weightsAt = this.now();
		const params = this.trainer.params();
		const buffers = [params.W1, params.b1, params.W2, params.b2].map((m) => m.data.buffer);
		this.post({ type: 'weights', iteration: this.iteration, params }, buffers);
	}
}
