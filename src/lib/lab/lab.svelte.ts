import { createContext } from 'svelte';
import { initParams } from '$lib/engine/init';
import { defaultWorkers } from '$lib/engine/parallel/ranges';
import type { ParamsFile } from '$lib/engine/files/params-file';
import { readNumber } from '$lib/settings/read';
import { LabConnection, type LabUrls } from './lab-connection.svelte';
import type { FileMessage, GalleryFilter, Probe } from './lab-types';
import { reachedAt, readSavedFile, savedFileText } from './saved-file';
import {
	DEFAULT_LAB_SETTINGS,
	networkKeeper,
	sameRun,
	setupOf,
	type LabSettings,
	type NumericSetting
} from './settings';

export type * from './lab-types';

/**
 * The training lab's live state: the settings, the run in the worker and everything it
 * reported (RunState, LabConnection). Components read it through context and act through its
 * methods; the worker does every computation on the data.
 */
export class Lab extends LabConnection {
	settings = $state<LabSettings>(DEFAULT_LAB_SETTINGS);
	messages = $state<Partial<Record<NumericSetting, string>>>({});
	fileMessage = $state<FileMessage>();
	/** Which test images the gallery shows. */
	filter = $state<GalleryFilter>({ mistakesOnly: false });
	/** The digit "Draw a digit" feeds forward: drawn, or one of the test images. */
	probe = $state.raw<Probe>();

	readonly #networkOf = networkKeeper();
	/** Does again what the failed load was for. */
	#again: (() => void) | undefined;

	/** The network the page draws and feeds drawings through: the run's, or the settings'. */
	readonly network = $derived(this.#networkOf(this.run ?? this.settings));
	/** Where the run started: the parameters the seed draws (numpy's, as in the notes). */
	readonly initial = $derived(initParams(this.network));
	/** The parameters now: the worker's latest, or the starting ones before any arrive. */
	readonly params = $derived(this.weights?.params ?? this.initial);
	/** The same for the drawn digit, which draws a frame after the W[1] images. */
	readonly drawnParams = $derived(this.drawnWith?.params ?? this.initial);
	/** Settings that differ from the run's in more than its length apply to a new run only. */
	readonly pending = $derived(this.run !== undefined && !sameRun(this.run, this.settings));

	/** Starts the worker; training runs on defaultWorkers(`cores`) (navigator.hardwareConcurrency). */
	connect(urls: LabUrls, kernel: 'auto' | 'js' = 'auto', cores = 1): void {
		this.cores = cores || 1;
		this.settings = { ...this.settings, workers: defaultWorkers(this.cores) };
		this.open(urls, kernel);
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
			this.send({ type: 'limit', iterations: patch.iterations });
		}
	}

	/** A fresh run of the current settings; it starts training unless `run` is false. */
	start(run = true): void {
		performance.mark('lab:start');
		this.startedAt = performance.now();
		this.fresh(this.settings);
		this.phase = this.test ? (run ? 'running' : 'paused') : 'loading';
		this.#again = () => this.start(run);
		const [setup, workers] = [setupOf(this.settings), this.settings.workers];
		this.send({ type: 'start', id: this.runId, setup, workers, play: run });
	}

	pause = () => {
		// A paused run's wall time would not say how fast it trains.
		this.startedAt = 0;
		this.send({ type: 'pause' });
	};
	resume = () => this.send({ type: 'resume' });
	cancelLoad = () => this.send({ type: 'cancel-load' });

	step(): void {
		if (!this.run) this.start(false);
		this.send({ type: 'step' });
	}

	reset(): void {
		this.send({ type: 'reset' });
		this.fresh(undefined);
		this.phase = this.test ? 'ready' : 'idle';
	}

	/** Tries the last start (or restore) again after loading failed. */
	retry(): void {
		this.loadError = undefined;
		this.#again?.();
	}

	/** The parameters, settings and curves as the JSON text of a saved file. */
	saveFile(): string {
		this.catchUp();
		const reached = reachedAt(this.weights?.iteration ?? 0, this.evaluation);
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
		this.fresh(settings);
		// What a file holds is kept already: leaving before training on loses nothing.
		this.savedAt = file.trained.iterations;
		if (file.history) this.curves.restore(file.history.iterations, file.history.tests);
		else this.curvesFrom = file.trained.iterations;
		this.showWeights({ iteration: file.trained.iterations, params: file.params }, true);
		this.phase = this.test ? 'paused' : 'loading';
		this.startedAt = 0;
		this.#again = () => this.#restore(file, settings);
		const { setup, trained, params } = file;
		const workers = settings.workers;
		this.send({ type: 'restore', id: this.runId, setup, trained, params, workers });
	}
}

export const [getLab, setLab] = createContext<Lab>();
