/**
 * What the training worker does with the page's requests: loads the full data set once
 * (with progress, cancellable), compiles the kernel once, and keeps at most one Run. Its
 * surroundings (loading, compiling, posting, yielding) are passed in, so Node tests drive it
 * exactly as the worker does.
 */
import { sliceSet } from '$lib/engine/data/mnist';
import type { TrainTest } from '$lib/engine/data/sets';
import { createParallelTrainer, type ShardPort } from '$lib/engine/parallel';
import type { Params } from '$lib/engine/config';
import type { TrainingRecord, TrainingSetup } from '$lib/engine/files/params-file';
import type { LabRequest } from './protocol';
import { Run, type Post } from './run';

export interface KernelChoice {
	/** kernel.wasm compiled (or its bytes); absent for the JavaScript kernel. */
	readonly wasm?: WebAssembly.Module | BufferSource;
	/** Why the JavaScript kernel runs, for the page to show. */
	readonly note?: string;
}

export interface SessionHost {
	post: Post;
	loadData(
		signal: AbortSignal,
		onProgress: (loaded: number, total: number) => void
	): Promise<TrainTest>;
	kernel(): Promise<KernelChoice>;
	/** `n` shard workers for a run (the trainer closes them when the run ends). */
	shards(n: number): ShardPort[];
	now?: () => number;
}

/** How often loading progress is posted. */
const PROGRESS_MS = 50;

export class TrainingSession {
	#data: TrainTest | undefined;
	#loading: Promise<TrainTest | undefined> | undefined;
	#abort: AbortController | undefined;
	#kernel: Promise<KernelChoice> | undefined;
	#run: Run | undefined;
	/** Requests that need the data run one after another; pause and cancel do not wait. */
	#queue: Promise<void> = Promise.resolve();
	/** Whether the run being prepared should start as soon as it exists. */
	#wantRun = false;
	#generation = 0;

	constructor(readonly host: SessionHost) {}

	get run(): Run | undefined {
		return this.#run;
	}

	/** Handles one request; resolves when it (and the requests queued before it) are done. */
	handle(request: LabRequest): Promise<void> {
		switch (request.type) {
			case 'cancel-load':
				this.#abort?.abort(new DOMException('Loading cancelled', 'AbortError'));
				return this.#queue;
			case 'pause':
				this.#wantRun = false;
				if (this.#run?.status === 'running') this.#run.status = 'paused';
				return this.#queue;
			case 'limit':
				if (this.#run) this.#run.limit = Math.max(request.iterations, this.#run.iteration);
				return this.#queue;
			case 'start':
			case 'restore':
				this.#drop();
				this.#wantRun = request.type === 'start' && request.play;
				break;
			case 'reset':
				this.#drop();
				this.#wantRun = false;
				return this.#queue;
			case 'resume':
				this.#wantRun = true;
		}
		this.#queue = this.#queue
			.then(() => this.#queued(request))
			.catch((error: unknown) => this.#failed(error));
		return this.#queue;
	}

	#drop(): void {
		this.#run?.retire();
		this.#run = undefined;
		this.#generation++;
	}

	async #queued(request: LabRequest): Promise<void> {
		if (request.type === 'load') await this.#ensureData();
		else if (request.type === 'start')
			await this.#create(request.id, request.setup, request.workers);
		else if (request.type === 'restore')
			await this.#create(
				request.id,
				request.setup,
				request.workers,
				request.params,
				request.trained
			);
		else if (request.type === 'step') await this.#run?.step();
		if (this.#wantRun && this.#run) {
			// Not awaited: pause and limit must be handled while it runs.
			this.#run.play().catch((error: unknown) => this.#failed(error));
		}
	}

	#failed(error: unknown): void {
		this.host.post({
			type: 'failed',
			message: error instanceof Error ? error.message : String(error)
		});
	}

	async #create(
		id: number,
		setup: TrainingSetup,
		workers: number,
		params?: Params,
		trained?: TrainingRecord
	): Promise<void> {
		const generation = this.#generation;
		const [data, kernel] = await Promise.all([this.#ensureData(), this.#ensureKernel()]);
		if (!data || generation !== this.#generation) return;
		const trainer = await createParallelTrainer(sliceSet(data.train, 0, setup.trainSize), {
			network: setup.network,
			optimizer: setup.optimizer,
			wasm: kernel.wasm,
			params,
			ports: this.host.shards(workers)
		});
		if (generation !== this.#generation) {
			trainer.close();
			return;
		}
		const offset = trained?.iterations ?? 0;
		const run = new Run(id, trainer, setup, data.test, offset, this.host.post, this.host.now);
		this.#run = run;
		if (!this.#wantRun) await run.settle();
	}

	#ensureKernel(): Promise<KernelChoice> {
		this.#kernel ??= this.host.kernel().then((choice) => {
			this.host.post({ type: 'kernel', kind: choice.wasm ? 'wasm' : 'js', note: choice.note });
			return choice;
		});
		return this.#kernel;
	}

	#ensureData(): Promise<TrainTest | undefined> {
		if (this.#data) return Promise.resolve(this.#data);
		this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
		return this.#loading;
	}

	async #load(): Promise<TrainTest | undefined> {
		const abort = (this.#abort = new AbortController());
		const now = this.host.now ?? (() => performance.now());
		const started = now();
		let postedAt = -Infinity;
		try {
			const data = await this.host.loadData(abort.signal, (loaded, total) => {
				if (now() - postedAt < PROGRESS_MS && loaded < total) return;
				postedAt = now();
				this.host.post({ type: 'progress', loaded, total });
			});
			this.#data = data;
			const testImages = data.test.images.slice();
			const testLabels = data.test.labels.slice();
			this.host.post(
				{
					type: 'loaded',
					seconds: (now() - started) / 1000,
					trainCount: data.train.count,
					testImages,
					testLabels
				},
				[testImages.buffer, testLabels.buffer]
			);
			return data;
		} catch (error) {
			this.#wantRun = false;
			if (abort.signal.aborted) this.host.post({ type: 'load-cancelled' });
			else {
				const message = error instanceof Error ? error.message : String(error);
				this.host.post({ type: 'load-failed', message });
			}
			return undefined;
		} finally {
			this.#abort = undefined;
		}
	}
}
