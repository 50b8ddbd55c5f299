import { createContext } from 'svelte';
import { imagesToX, labelsOf } from '$lib/engine/data/columns';
import type { TrainTest } from '$lib/engine/data/sets';
import type { Matrix } from '$lib/engine/matrix';
import type { IterationState } from '$lib/engine/steps/iteration';
import { Stepper } from '$lib/engine/steps/stepper';
import type { Step, StepId } from '$lib/engine/steps';
import type { MatrixName } from '$lib/engine/symbols';
import { lessonData } from './data';
import { networkOf } from '$lib/settings/network';
import { scrubTo, travelTo } from './dock/stepping';
import { DEFAULT_SETTINGS, type LessonSettings } from './settings';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The one lesson of a visit: the lesson data, the settings, and the engine's step-by-step
 * runner. The site's layout holds it, so the iteration, the step, the settings and the
 * inspected cell stay the same from chapter to chapter; every widget reads this one object
 * (shared by context), so stepping or changing a setting anywhere updates everything at once.
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
	/** Counts the learner's moves (a step, a scrub, a start over): the page follows each one. */
	moves = $state(0);
	/**
	 * A long way the engine is being moved (an address's iteration, a chapter's arrival, the
	 * by-hand exercise's start), while it runs: the dock shows its progress, and any move of the
	 * learner's ends it, so what they pressed is what happens.
	 */
	travel = $state<{ readonly iteration: number; readonly step?: StepId }>();
	/** Where the chapter being read puts the engine when the lesson arrives there fresh. */
	start: StepId | undefined;
	/** The state a chapter's arrival produced, while nobody has changed anything since. */
	#untouched = $state.raw<IterationState>();
	#unsubscribe: (() => void) | undefined;
	#loading: Promise<void> | undefined;
	/** Counts travels; a travel goes on only while it is the latest. */
	#travels = 0;

	constructor(settings: Partial<LessonSettings> = {}, start?: StepId) {
		this.settings = { ...DEFAULT_SETTINGS, ...settings };
		this.start = start;
	}

	/** Fetches the lesson images (once per visit) and builds the engine; a second call waits. */
	load(): Promise<void> {
		if (this.status === 'ready') return Promise.resolve();
		this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
		return this.#loading;
	}

	async #load(): Promise<void> {
		this.status = 'loading';
		this.error = undefined;
		try {
			this.data = await lessonData((loaded, total) => (this.progress = loaded / total));
			this.#rebuild(this.start);
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'failed';
		}
	}

	/**
	 * Starts over and moves the engine to `step` of `iteration` (see `travelTo`); true if it got
	 * there, false if the learner moved (or the settings changed) on the way.
	 */
	async goTo(iteration: number, step?: StepId): Promise<boolean> {
		const stepper = this.stepper;
		if (!stepper) return false;
		const id = ++this.#travels;
		this.travel = { iteration, step };
		const wanted = () => stepper === this.stepper && id === this.#travels;
		try {
			return await travelTo(stepper, iteration, step, wanted);
		} finally {
			if (id === this.#travels) this.travel = undefined;
		}
	}

	/** Ends the travel under way where the engine is now. */
	stopTravel = (): void => {
		this.#travels++;
		this.travel = undefined;
	};

	/**
	 * Changes settings and starts the engine afresh from iteration 1, at the step it was at:
	 * a learner who changes α at dZ[1] is still looking at dZ[1].
	 */
	configure(change: Partial<LessonSettings>): void {
		const at = this.current?.id;
		if (this.travel) this.stopTravel();
		this.settings = { ...this.settings, ...change };
		if (this.data) this.#rebuild(at);
	}

	/** True while the engine is where a chapter's arrival put it and nothing has changed since. */
	get untouched(): boolean {
		return this.state !== undefined && this.state === this.#untouched && this.inspected === null;
	}

	/** Marks the current state as a chapter's own arrival (`true`) or as the learner's (`false`). */
	arrived(byChapter: boolean): void {
		this.#untouched = byChapter ? this.state : undefined;
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
	/** The step computed last in this iteration, if any: the one the page is showing. */
	readonly current = $derived.by(() => {
		const position = this.state?.stepIndex ?? 0;
		return position > 0 ? this.steps[position - 1] : undefined;
	});
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

	next = () => this.#move(() => this.stepper?.next());
	back = () => this.#move(() => this.stepper?.back());
	runTo = (id: StepId) => this.#move(() => this.stepper?.runTo(id));
	runIteration = () => this.#move(() => this.stepper?.runIteration());
	reset = () => this.#move(() => this.stepper?.reset());
	/** Moves to position 0–15 of this iteration (the timeline). */
	scrubTo = (position: number) => this.#move(() => this.stepper && scrubTo(this.stepper, position));

	#move<T>(run: () => T): T {
		// The learner's move wins over a travel still under way.
		if (this.travel) this.stopTravel();
		const result = run();
		this.moves++;
		return result;
	}

	#rebuild(at: StepId | undefined): void {
		const data = this.data;
		if (!data) return;
		const { m, alpha } = this.settings;
		const count = Math.min(m, data.train.count);
		const stepper = new Stepper(
			imagesToX(data.train, 0, count),
			labelsOf(data.train, 0, count),
			networkOf(this.settings),
			{ kind: 'gd', alpha }
		);
		this.#unsubscribe?.();
		this.#unsubscribe = stepper.subscribe((state) => (this.state = state));
		if (at) stepper.runTo(at);
		this.stepper = stepper;
		this.state = stepper.state;
	}
}

export const [getLesson, setLesson] = createContext<Lesson>();
