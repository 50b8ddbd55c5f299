import type { CurvePoint } from '$lib/engine/training/curve-point';
import type { CurveRunner } from '$lib/engine/training/curve-runner';
import type { Params } from '$lib/engine/config';
import type { Divergence } from '$lib/engine/training/divergence';
import { everyFrame } from './frames';

/** Called before each iteration of runner `index`, with the parameters it starts from. */
export type BeforeIteration = (index: number, iteration: number, params: Params) => void;

/**
 * One or more training curves grown side by side, a few iterations per animation frame, for
 * a widget to draw as they grow: each runner takes one iteration in turn until it reaches
 * `limit` or diverges. The state below is refreshed after every frame.
 */
export class LiveCurves {
	points = $state.raw<readonly (readonly CurvePoint[])[]>([]);
	/** Each runner's test-set points, for runners given a test set. */
	tests = $state.raw<readonly (readonly CurvePoint[])[]>([]);
	divergences = $state.raw<readonly (Divergence | undefined)[]>([]);
	/** Iterations finished by each runner, updates included. */
	iterations = $state.raw<readonly number[]>([]);
	/** Each runner's parameters after its last finished iteration. */
	params = $state.raw<readonly Params[]>([]);
	playing = $state(false);
	limit = $state(0);

	#runners: CurveRunner[] = [];
	#before: BeforeIteration | undefined;
	#stop: (() => void) | undefined;

	constructor(limit: number, before?: BeforeIteration) {
		this.limit = limit;
		this.#before = before;
	}

	/** Whether every runner has reached the limit or diverged. */
	get done(): boolean {
		return this.#runners.every((r) => r.diverged || r.iterations >= this.limit);
	}

	/** Starts over with these runners, paused. */
	load(runners: CurveRunner[]): void {
		this.pause();
		this.#runners = runners;
		this.#sync();
	}

	play(): void {
		if (this.playing || this.done) return;
		this.playing = true;
		this.#stop = everyFrame(
			() => this.#work(),
			() => this.#sync()
		);
	}

	pause(): void {
		this.#stop?.();
		this.#stop = undefined;
		this.playing = false;
	}

	#work(): boolean {
		this.#runners.forEach((runner, index) => {
			if (runner.diverged || runner.iterations >= this.limit) return;
			this.#before?.(index, runner.iterations + 1, runner.params);
			runner.step(1);
		});
		return !this.done;
	}

	#sync(): void {
		this.points = this.#runners.map((r) => [...r.points]);
		this.tests = this.#runners.map((r) => [...r.tests]);
		this.divergences = this.#runners.map((r) => r.divergence);
		this.iterations = this.#runners.map((r) => r.iterations);
		this.params = this.#runners.map((r) => r.params);
		if (this.done) this.pause();
	}
}
