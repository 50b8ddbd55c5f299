/**
 * One training run inside the training worker: the engine's parallel trainer (its shard
 * workers hold the training images) on the first m training images. Each iteration is awaited,
 * so messages from the page (pause, step, a new limit) are handled between any two. It reports
 * every iteration (in batches of a few dozen milliseconds), the test accuracy every tenth
 * iteration, W¹ and the predictions on every test image now and then while it runs, and
 * everything about the test set — the training accuracy too — whenever it stops.
 */
import type { MnistSet } from '$lib/engine/data/mnist';
import { FastDivergenceError } from '$lib/engine/fast';
import type { ParallelTrainer } from '$lib/engine/parallel';
import type { TrainingSetup } from '$lib/engine/files/params-file';
import { Throughput } from '$lib/engine/training/throughput';
import type { CurvePoint } from '$lib/engine/training/curve-point';
import type { LabEvent, RunEvent, RunStatus } from './protocol';

export type Post = (event: LabEvent, transfer?: Transferable[]) => void;
type Tell = (event: RunEvent, transfer?: Transferable[]) => void;

/** How long iterations gather before they are posted together (the charts redraw less often). */
const SLICE_MS = 100;
/** How often W¹ is sent while running. */
const WEIGHTS_MS = 500;
/** How often the predictions on the test images are sent while running. */
const PREDICTIONS_MS = 1000;
/** Test accuracy is measured every this many iterations (and at the end). */
export const TEST_EVERY = 10;

export class Run {
	status: RunStatus = 'paused';
	limit: number;
	readonly throughput = new Throughput();
	#weightsAt = -Infinity;
	#predictedAt = -Infinity;
	#testedAt = -1;
	#retired = false;

	constructor(
		readonly id: number,
		readonly trainer: ParallelTrainer,
		readonly setup: TrainingSetup,
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
		this.post({ type: 'workers', workers: trainer.workers });
	}

	readonly post: Tell;

	/** Stops for good, says nothing more and lets its workers go (a new run replaces it). */
	retire(): void {
		this.#retired = true;
		if (this.status === 'running') this.status = 'paused';
		this.trainer.close();
	}

	get iteration(): number {
		return this.offset + this.trainer.iteration;
	}

	/** Trains until paused, finished or diverged. */
	play(): Promise<void> {
		if (this.status === 'running' || this.status === 'diverged') return Promise.resolve();
		if (this.iteration >= this.limit) return Promise.resolve();
		this.status = 'running';
		this.throughput.restartWindow();
		this.#status();
		return this.#unlessRetired(async () => {
			while (this.status === 'running') {
				if (await this.#slice()) return;
				if (this.iteration >= this.limit) this.status = 'done';
			}
			if (!this.#retired) await this.settle();
		});
	}

	/** One iteration, then everything a stop reports. */
	step(): Promise<void> {
		if (this.status === 'running' || this.status === 'diverged') return Promise.resolve();
		this.limit = Math.max(this.limit, this.iteration + 1);
		return this.#unlessRetired(async () => {
			if (await this.#slice(0)) return;
			this.status = this.iteration >= this.limit ? 'done' : 'paused';
			await this.settle();
		});
	}

	/** Runs `work`; once the run is retired, its workers are gone and what fails says nothing. */
	async #unlessRetired(work: () => Promise<void>): Promise<void> {
		try {
			await work();
		} catch (error) {
			if (!this.#retired) throw error;
		}
	}

	/**
	 * Everything a stop reports: the accuracy on the training images (measured by the workers,
	 * first, so that all of it arrives together), the test accuracy, the status, W¹ and every
	 * test image's prediction. Says nothing if the run moved on while the workers measured.
	 */
	async settle(): Promise<void> {
		const iteration = this.iteration;
		const { accuracy } = await this.trainer.evaluateTrain();
		if (this.#retired || this.iteration !== iteration || this.status === 'running') return;
		if (this.#testedAt !== iteration) {
			this.post({ type: 'iterations', points: [], tests: [this.#testPoint()], ...this.#speed() });
		}
		this.#status();
		this.#weights();
		this.#predictions(accuracy);
	}

	/**
	 * Iterations for `budget` ms (at least one, at most to the limit); true if it diverged.
	 * Whatever is measured on the test images is measured while the workers compute the next
	 * iteration: the coordinator's own kernel holds the parameters they were just sent.
	 */
	async #slice(budget = SLICE_MS): Promise<boolean> {
		const start = this.now();
		const points: CurvePoint[] = [];
		const tests: CurvePoint[] = [];
		let busy = 0;
		let diverged: FastDivergenceError | undefined;
		do {
			const before = this.now();
			const next = this.trainer.step();
			const done = this.iteration;
			if (done > 0 && done % TEST_EVERY === 0 && this.#testedAt !== done)
				tests.push(this.#testPoint());
			if (budget > 0 && this.now() - this.#predictedAt > PREDICTIONS_MS) this.#predictions();
			try {
				const r = await next;
				points.push({ iteration: this.offset + r.iteration, loss: r.loss, accuracy: r.accuracy });
			} catch (error) {
				if (!(error instanceof FastDivergenceError)) throw error;
				diverged = error;
			}
			busy += this.now() - before;
			if (diverged) break;
			if (this.iteration >= this.limit) tests.push(this.#testPoint());
		} while (
			this.status === 'running' &&
			this.iteration < this.limit &&
			this.now() - start < budget
		);
		this.throughput.add(points.length, busy, this.now());
		this.post({ type: 'iterations', points, tests, ...this.#speed() });
		if (diverged) {
			this.status = 'diverged';
			// A run continued from a file counts on from the file's updates, in the message too.
			const { subject, value } = diverged;
			const iteration = this.offset + diverged.iteration;
			const alpha = this.setup.optimizer.alpha;
			const { message } = new FastDivergenceError(iteration, subject, value, alpha);
			this.post({ type: 'diverged', iteration, subject, value, message });
			this.#status();
			return true;
		}
		if (this.now() - this.#weightsAt > WEIGHTS_MS) this.#weights();
		return false;
	}

	#testPoint(): CurvePoint {
		const { accuracy, loss } = this.trainer.evaluate(this.test);
		this.#testedAt = this.iteration;
		return { iteration: this.iteration, accuracy, loss };
	}

	/** Every test image's prediction and probabilities now; with the training accuracy at a stop. */
	#predictions(trainAccuracy?: number): void {
		this.#predictedAt = this.now();
		const test = this.trainer.evaluate(this.test, { probabilities: true });
		const probabilities = test.probabilities ?? new Float32Array(0);
		this.post(
			{
				type: 'evaluation',
				iteration: this.iteration,
				predictions: test.predictions,
				probabilities,
				accuracy: test.accuracy,
				trainAccuracy
			},
			[test.predictions.buffer, probabilities.buffer]
		);
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
