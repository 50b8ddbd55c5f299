import { createContext } from 'svelte';
import type { NetworkConfig, Params } from '$lib/engine/config';
import { curveVerdict } from '$lib/engine/training/curve-trend';
import type { KernelKind } from '$lib/engine/fast';
import { initParams } from '$lib/engine/init';
import { defaultWorkers } from '$lib/engine/parallel/ranges';
import type { ParamsFile } from '$lib/engine/files/params-file';
import { RunCurves } from './run-curves.svelte';
import type {
	FileMessage,
	GalleryFilter,
	LabDivergence,
	LabEvaluation,
	LabPhase,
	Probe
} from './lab-types';
import type { LabEvent, LabRequest, RunEvent, RunStatus } from './protocol';
import { lastLabRun } from './last-run.svelte';
import { readSavedFile, savedFileText } from './saved-file';

export type * from './lab-types';
import { readNumber } from '$lib/settings/read';
import { networkOf } from '$lib/settings/network';
import {
	DEFAULT_LAB_SETTINGS,
	sameRun,
	setupOf,
	type LabSettings,
	type NumericSetting
} from './settings';

/**
 * The training lab's live state: the settings, the run in the worker and everything it
 * reported. Components read it through context and act through its methods; the worker does
 * every computation on the data.
 */
export class Lab {
	settings = $state<LabSettings>(DEFAULT_LAB_SETTINGS);
	messages = $state<Partial<Record<NumericSetting, string>>>({});
	/** The settings the current run was started with; undefined without one. */
	run = $state<LabSettings>();
	phase = $state<LabPhase>('idle');
	progress = $state({ loaded: 0, total: 0 });
	loadError = $state<string>();
	loadNote = $state<string>();
	loadSeconds = $state<number>();
	kernel = $state<{ kind: KernelKind; note?: string }>();
	/** The cores the browser reports (navigator.hardwareConcurrency), once connected. */
	cores = $state(1);
	/** How many workers share the current run's training images, once it has started. */
	workers = $state<number>();
	/** The iteration the run's curves begin after: 0, or where a file without curves left off. */
	curvesFrom = $state(0);
	iteration = $state(0);
	limit = $state(0);
	readonly curves = new RunCurves();
	weights = $state.raw<{ iteration: number; params: Params }>();
	evaluation = $state.raw<LabEvaluation>();
	test = $state.raw<{ images: Uint8Array; labels: Uint8Array }>();
	divergence = $state.raw<LabDivergence>();
	fileMessage = $state<FileMessage>();
	/** The iteration last saved to a file in this run (-1 before any). */
	savedAt = $state(-1);
	/** Seconds from Start to the end of the run, once it has ended (unless it was paused). */
	runSeconds = $state<number>();
	/** Seconds this run spent loading the images, when it had to. */
	runLoadSeconds = $state<number>();
	failure = $state<string>();
	/** Which test images the gallery shows. */
	filter = $state<GalleryFilter>({ mistakesOnly: false });
	/** The digit "Draw a digit" feeds forward: drawn, or one of the test images. */
	probe = $state.raw<Probe>();

	#worker: Worker | undefined;
	#network: NetworkConfig | undefined;
	/** The id of the current run; events of earlier runs still on their way are ignored. */
	#runId = 0;
	#startedAt = 0;
	/** Does again what the failed load was for. */
	#again: (() => void) | undefined;

	/** The network the page draws and feeds drawings through: the run's, or the settings'. */
	readonly network = $derived.by(() => {
		const next = networkOf(this.run ?? this.settings);
		// The same network keeps its identity, so its starting parameters are not drawn again.
		const last = this.#network;
		if (last && (Object.keys(next) as (keyof NetworkConfig)[]).every((k) => next[k] === last[k])) {
			return last;
		}
		return (this.#network = next);
	});
	/** Where the run started: the parameters the seed draws (numpy's, as in the notes). */
	readonly initial = $derived(initParams(this.network));
	/** The parameters now: the worker's latest, or the starting ones before any arrive. */
	readonly params = $derived(this.weights?.params ?? this.initial);
	/** Settings that differ from the run's in more than its length apply to a new run only. */
	readonly pending = $derived(this.run !== undefined && !sameRun(this.run, this.settings));
	/** The last iteration reported, counting those the charts have drawn since the last status. */
	readonly reached = $derived(Math.max(this.iteration, this.curves.points.at(-1)?.iteration ?? 0));
	readonly busy = $derived(this.phase === 'loading' || this.phase === 'running');
	/** What the loss curve says of a stopped run (not learning, though every number is finite). */
	readonly verdict = $derived(
		this.phase === 'done' || this.phase === 'paused' ? curveVerdict(this.curves.points) : undefined
	);

	/**
	 * Starts the worker. `urls` are absolute: where the data are, the kernel's .wasm and the
	 * shard workers' script.
	 */
	connect(
		urls: { baseUrl: string; kernelUrl: string; shardUrl: string },
		kernel: 'auto' | 'js' = 'auto',
		cores = 1
	): void {
		this.cores = cores || 1;
		this.settings = { ...this.settings, workers: defaultWorkers(this.cores) };
		// Vite bundles a worker only when it sees exactly this form, URL included.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<LabEvent>) => this.#receive(event.data);
		this.#worker.onerror = (event) =>
			(this.failure = event.message || 'the training worker failed');
		this.#worker.postMessage({ type: 'init', ...urls, kernel });
	}

	destroy(): void {
		this.#worker?.terminate();
		this.curves.clear();
	}

	/** Changes one number, clamped to its limits; a message says what was changed. */
	setNumber(name: NumericSetting, text: string): void {
		const { value, notice: message } = readNumber(name, text, this.settings[name]);
		this.messages = { ...this.messages, [name]: message };
		this.change({ [name]: value });
	}

	change(patch: Partial<LabSettings>): void {
		this.settings = { ...this.settings, ...patch };
		if (this.run && patch.iterations !== undefined && !this.pending) {
			this.run = { ...this.run, iterations: patch.iterations };
			this.#send({ type: 'limit', iterations: patch.iterations });
		}
	}

	/** A fresh run of the current settings; it starts training unless `run` is false. */
	start(run = true): void {
		performance.mark('lab:start');
		this.#startedAt = performance.now();
		this.#fresh(this.settings);
		this.phase = this.test ? (run ? 'running' : 'paused') : 'loading';
		this.#again = () => this.start(run);
		const { workers } = this.settings;
		this.#send({
			type: 'start',
			id: this.#runId,
			setup: setupOf(this.settings),
			workers,
			play: run
		});
	}

	pause = () => {
		// A paused run's wall time would not say how fast it trains.
		this.#startedAt = 0;
		this.#send({ type: 'pause' });
	};
	resume = () => this.#send({ type: 'resume' });
	cancelLoad = () => this.#send({ type: 'cancel-load' });

	step(): void {
		if (!this.run) this.start(false);
		this.#send({ type: 'step' });
	}

	reset(): void {
		this.#send({ type: 'reset' });
		this.#fresh(undefined);
		this.phase = this.test ? 'ready' : 'idle';
	}

	/** Tries the last start (or restore) again after loading failed. */
	retry(): void {
		this.loadError = undefined;
		this.#again?.();
	}

	/** The parameters, settings and curves as the JSON text of a saved file. */
	saveFile(): string {
		const e = this.evaluation?.iteration === this.iteration ? this.evaluation : undefined;
		const reached = {
			iterations: this.weights?.iteration ?? 0,
			...(e?.trainAccuracy !== undefined && { trainAccuracy: e.trainAccuracy }),
			...(e && { testAccuracy: e.accuracy })
		};
		this.curves.flush();
		this.savedAt = this.reached;
		const history = { iterations: this.curves.points, tests: this.curves.tests };
		return savedFileText(this.run ?? this.settings, reached, this.params, history);
	}

	/** Continues from a saved file, or says what is wrong with it and changes nothing. */
	loadFile(name: string, text: string): void {
		const read = readSavedFile(name, text, this.settings.workers);
		if ('problem' in read) {
			this.fileMessage = { ok: false, text: read.problem };
			return;
		}
		this.messages = {};
		this.#restore(read.file, read.settings);
		this.fileMessage = { ok: true, text: read.message };
	}

	#restore(file: ParamsFile, settings: LabSettings): void {
		this.settings = settings;
		this.#fresh(settings);
		// What a file holds is kept already: leaving before training on loses nothing.
		this.savedAt = file.trained.iterations;
		if (file.history) this.curves.restore(file.history.iterations, file.history.tests);
		else this.curvesFrom = file.trained.iterations;
		this.weights = { iteration: file.trained.iterations, params: file.params };
		this.phase = this.test ? 'paused' : 'loading';
		this.#startedAt = 0;
		this.#again = () => this.#restore(file, settings);
		const { setup, trained, params } = file;
		const workers = settings.workers;
		this.#send({ type: 'restore', id: this.#runId, setup, trained, params, workers });
	}

	#fresh(run: LabSettings | undefined): void {
		this.#runId++;
		this.run = run;
		this.curves.clear();
		this.weights = undefined;
		this.evaluation = undefined;
		this.divergence = undefined;
		this.runSeconds = undefined;
		this.savedAt = -1;
		this.runLoadSeconds = undefined;
		this.loadNote = undefined;
		this.loadError = undefined;
		this.workers = undefined;
		this.curvesFrom = 0;
		this.iteration = 0;
		this.limit = run?.iterations ?? 0;
	}

	#send(request: LabRequest): void {
		this.#worker?.postMessage(request);
	}

	#receive(event: LabEvent): void {
		switch (event.type) {
			case 'kernel':
				this.kernel = { kind: event.kind, note: event.note };
				break;
			case 'progress':
				this.progress = { loaded: event.loaded, total: event.total };
				break;
			case 'loaded':
				performance.mark('lab:data-ready');
				this.loadSeconds = event.seconds;
				if (this.#startedAt) this.runLoadSeconds = event.seconds;
				this.test = { images: event.testImages, labels: event.testLabels };
				break;
			case 'load-failed':
			case 'load-cancelled':
				this.run = undefined;
				this.phase = 'idle';
				if (event.type === 'load-failed') this.loadError = event.message;
				else this.loadNote = 'Loading was cancelled. Start loads the images again.';
				break;
			case 'run':
				if (event.id === this.#runId) this.#receiveRun(event.event);
				break;
			case 'failed':
				this.failure = event.message;
		}
	}

	#receiveRun(event: RunEvent): void {
		switch (event.type) {
			case 'iterations':
				this.curves.add(event.points, event.tests, event);
				break;
			case 'weights':
				this.weights = { iteration: event.iteration, params: event.params };
				break;
			case 'workers':
				this.workers = event.workers;
				break;
			case 'evaluation':
				this.evaluation = event;
				// A finished run's evaluation comes after its 'done', with the training images'
				// accuracy (the live ones while it trains have only the test's): chapter 7 quotes it.
				if (
					this.phase === 'done' &&
					this.run &&
					event.iteration === this.iteration &&
					event.trainAccuracy !== undefined
				) {
					lastLabRun.record({
						settings: this.run,
						iterations: event.iteration,
						testAccuracy: event.accuracy,
						trainAccuracy: event.trainAccuracy
					});
				}
				break;
			case 'diverged':
				this.divergence = event;
				break;
			case 'status':
				this.#status(event.status, event.iteration, event.limit);
		}
	}

	#status(status: RunStatus, iteration: number, limit: number): void {
		this.curves.flush();
		this.phase = status;
		this.iteration = iteration;
		this.limit = limit;
		if (status === 'done' || status === 'diverged') {
			performance.mark('lab:done');
			if (this.#startedAt) this.runSeconds = (performance.now() - this.#startedAt) / 1000;
			this.#startedAt = 0;
		}
	}
}

export const [getLab, setLab] = createContext<Lab>();
