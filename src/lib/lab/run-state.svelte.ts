import type { Params } from '$lib/engine/config';
import { curveVerdict } from '$lib/engine/training/curve-trend';
import { lastLabRun } from './last-run.svelte';
import type { LabDivergence, LabEvaluation, LabPhase } from './lab-types';
import { LiveFrames } from './live-frames';
import type { RunEvent, RunStatus } from './protocol';
import { RunCurves } from './run-curves.svelte';
import type { LabSettings } from './settings';

/** Parameters after an iteration. */
export interface Weights {
	readonly iteration: number;
	readonly params: Params;
}

/**
 * What the current run has reported: its phase, how far it got, its curves, its latest
 * weights and test results. The live pictures (weights, test results, curves) take turns,
 * one an animation frame (see LiveFrames), so that none of the worker's messages becomes a
 * long task on the page.
 */
export class RunState {
	/** The settings the current run was started with; undefined without one. */
	run = $state<LabSettings>();
	phase = $state<LabPhase>('idle');
	/** How many workers share the current run's training images, once it has started. */
	workers = $state<number>();
	/** The iteration the run's curves begin after: 0, or where a file without curves left off. */
	curvesFrom = $state(0);
	iteration = $state(0);
	limit = $state(0);
	readonly frames = new LiveFrames();
	readonly curves = new RunCurves(this.frames);
	weights = $state.raw<Weights>();
	/** The weights a drawn digit goes through: `weights` again, drawn in a frame of its own. */
	drawnWith = $state.raw<Weights>();
	evaluation = $state.raw<LabEvaluation>();
	divergence = $state.raw<LabDivergence>();
	/** The iteration last saved to a file in this run (-1 before any). */
	savedAt = $state(-1);
	/** Seconds from Start to the end of the run, once it has ended (unless it was paused). */
	runSeconds = $state<number>();
	/** Seconds this run spent loading the images, when it had to. */
	runLoadSeconds = $state<number>();

	/** When the run was started (performance.now()), 0 when its wall time would mean nothing. */
	protected startedAt = 0;

	/** The last iteration reported, counting those the charts have drawn since the last status. */
	readonly reached = $derived(Math.max(this.iteration, this.curves.points.at(-1)?.iteration ?? 0));
	readonly busy = $derived(this.phase === 'loading' || this.phase === 'running');
	/** What the loss curve says of a stopped run (not learning, though every number is finite). */
	readonly verdict = $derived(
		this.phase === 'done' || this.phase === 'paused' ? curveVerdict(this.curves.points) : undefined
	);

	/** Forgets the last run's reports, for `run` (or for none). */
	protected fresh(run: LabSettings | undefined): void {
		this.frames.clear();
		this.run = run;
		this.curves.clear();
		this.weights = undefined;
		this.drawnWith = undefined;
		this.evaluation = undefined;
		this.divergence = undefined;
		this.runSeconds = undefined;
		this.savedAt = -1;
		this.runLoadSeconds = undefined;
		this.workers = undefined;
		this.curvesFrom = 0;
		this.iteration = 0;
		this.limit = run?.iterations ?? 0;
	}

	/** New weights for the W[1] images and, a frame later, for the drawn digit (or both `now`). */
	protected showWeights(weights: Weights, now: boolean): void {
		if (now) [this.weights, this.drawnWith] = [weights, weights];
		else {
			this.frames.put('weights', () => (this.weights = weights));
			this.frames.put('drawing', () => (this.drawnWith = weights));
		}
	}

	/** Everything the pictures are waiting to draw, drawn now (what a saved file must hold). */
	protected catchUp(): void {
		this.frames.flush();
		this.curves.flush();
	}

	protected receiveRun(event: RunEvent): void {
		switch (event.type) {
			case 'iterations':
				this.curves.add(event.points, event.tests, event);
				break;
			case 'weights':
				this.showWeights({ iteration: event.iteration, params: event.params }, false);
				break;
			case 'workers':
				this.workers = event.workers;
				break;
			case 'evaluation':
				this.frames.put('evaluation', () => (this.evaluation = event));
				this.#record(event);
				break;
			case 'diverged':
				this.divergence = event;
				break;
			case 'status':
				this.#status(event.status, event.iteration, event.limit);
		}
	}

	/**
	 * A finished run's evaluation comes after its 'done', with the training images' accuracy
	 * (the live ones while it trains have only the test's): chapter 7 quotes it.
	 */
	#record(event: LabEvaluation): void {
		if (this.phase !== 'done' || !this.run || event.iteration !== this.iteration) return;
		if (event.trainAccuracy === undefined) return;
		lastLabRun.record({
			settings: this.run,
			iterations: event.iteration,
			testAccuracy: event.accuracy,
			trainAccuracy: event.trainAccuracy
		});
	}

	#status(status: RunStatus, iteration: number, limit: number): void {
		// The charts catch up in their own frame; the status itself changes at once.
		this.frames.put('curves', () => this.curves.flush());
		this.phase = status;
		this.iteration = iteration;
		this.limit = limit;
		if (status === 'done' || status === 'diverged') {
			performance.mark('lab:done');
			if (this.startedAt) this.runSeconds = (performance.now() - this.startedAt) / 1000;
			this.startedAt = 0;
		}
	}
}
