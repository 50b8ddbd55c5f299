import { createContext } from 'svelte';
import { DEFAULT_NETWORK, type OptimizerConfig } from '$lib/engine/config';
import { imagesToX, labelsOf } from '$lib/engine/data/columns';
import type { TrainTest } from '$lib/engine/data/sets';
import type { Matrix } from '$lib/engine/matrix';
import type { IterationState } from '$lib/engine/iteration';
import { Stepper } from '$lib/engine/stepper';
import type { Step, StepId } from '$lib/engine/steps';
import type { MatrixName } from '$lib/engine/symbols';
import { lessonData } from './data';
import { DEFAULT_SETTINGS, type LessonSettings } from './settings';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

function optimizerOf(settings: LessonSettings): OptimizerConfig {
	const { alpha, optimizer, batchSize } = settings;
	if (optimizer === 'adam') return { kind: 'adam', alpha, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
	if (optimizer === 'minibatch') return { kind: 'minibatch', alpha, batchSize };
	return { kind: 'gd', alpha };
}

/**
 * The live state of one chapter page: the lesson data, the settings, and the engine's
 * step-by-step runner. Every widget on the page reads this one object (shared by context),
 * so stepping or changing a setting anywhere updates everything at once.
 */
export class Lesson {
	settings = $state<LessonSettings>(DEFAULT_SETTINGS);
	status = $state<LoadStatus>('idle');
	error = $state<string>();
	progress = $state(0);
	data = $state.raw<TrainTest>();
	stepper = $state.raw<Stepper>();
	/** The engine's state after the last change; replaced, never mutated. */
	state = $state.raw<IterationState>();
	/** The matrix open in the inspector, and the cell being read in it. */
	inspected = $state<MatrixName | null>(null);
	inspectedCell = $state<readonly [number, number] | null>(null);

	/** Where the engine stands when the page arrives or starts over with new settings. */
	readonly start: StepId | undefined;
	#unsubscribe: (() => void) | undefined;

	constructor(settings: Partial<LessonSettings> = {}, start?: StepId) {
		this.settings = { ...DEFAULT_SETTINGS, ...settings };
		this.start = start;
	}

	/** Fetches the lesson images (once per visit) and builds the engine. */
	async load(): Promise<void> {
		if (this.status === 'loading' || this.status === 'ready') return;
		this.status = 'loading';
		this.error = undefined;
		try {
			this.data = await lessonData((loaded, total) => (this.progress = loaded / total));
			this.#rebuild();
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'failed';
		}
	}

	/**
	 * Starts over and moves the engine to `step` of `iteration` (or to the end of the one before
	 * when no step is given). Whole iterations run in slices of about 25 ms, so a long way — an
	 * address asking for iteration 200 at m = 1000 — never freezes the page.
	 */
	async goTo(iteration: number, step?: StepId): Promise<void> {
		const stepper = this.stepper;
		if (!stepper) return;
		stepper.reset();
		const behind = () =>
			stepper.status !== 'diverged' &&
			(stepper.iteration < iteration - 1 ||
				(stepper.iteration === iteration - 1 && stepper.status !== 'done'));
		while (behind()) {
			const slice = performance.now();
			do stepper.runIteration();
			while (behind() && performance.now() - slice < 25);
			await new Promise((resolve) => setTimeout(resolve));
			if (stepper !== this.stepper) return;
		}
		if (step && stepper.status !== 'diverged') stepper.runTo(step);
	}

	/** Changes settings and starts the engine afresh from iteration 1. */
	configure(change: Partial<LessonSettings>): void {
		this.settings = { ...this.settings, ...change };
		if (this.data) this.#rebuild();
	}

	get steps(): readonly Step[] {
		return this.stepper?.steps ?? [];
	}

	// The runner is a plain object; these read `state` so that Svelte knows to recompute them
	// whenever the engine moves.
	/** Whether Previous step has an earlier state to return to. */
	readonly canGoBack = $derived.by(
		() => this.state !== undefined && this.stepper?.canGoBack === true
	);
	/** The step Next step will compute (the first of the next iteration after the last). */
	readonly nextStep = $derived.by(() => {
		const now = this.state;
		const steps = this.steps;
		return now && steps.length > 0 ? steps[now.stepIndex % steps.length] : undefined;
	});

	/** The current value of a symbol, or undefined until its step has run. */
	value(name: MatrixName): Matrix | undefined {
		return this.state?.values[name];
	}

	next = () => this.stepper?.next();
	back = () => this.stepper?.back();
	runTo = (id: StepId) => this.stepper?.runTo(id);
	runIteration = () => this.stepper?.runIteration();
	reset = () => this.stepper?.reset();

	/** Stops listening to the engine; call when the page goes away. */
	destroy(): void {
		this.#unsubscribe?.();
	}

	#rebuild(): void {
		const data = this.data;
		if (!data) return;
		const { m, seed, activation, hidden } = this.settings;
		const count = Math.min(m, data.train.count);
		const network = { ...DEFAULT_NETWORK, seed, activation, hidden };
		const stepper = new Stepper(
			imagesToX(data.train, 0, count),
			labelsOf(data.train, 0, count),
			network,
			optimizerOf(this.settings)
		);
		this.#unsubscribe?.();
		this.#unsubscribe = stepper.subscribe((state) => (this.state = state));
		if (this.start) stepper.runTo(this.start);
		this.stepper = stepper;
		this.state = stepper.state;
	}
}

export const [getLesson, setLesson, hasLesson] = createContext<Lesson>();
