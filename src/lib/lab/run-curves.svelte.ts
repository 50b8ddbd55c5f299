import type { CurvePoint } from '$lib/engine/training/curve-point';
import { LiveFrames } from './live-frames';

/** How fast the worker trains, as it last measured. */
export interface Speed {
	readonly perSecond: number;
	readonly msPerIteration: number;
}

/** The shortest time between two redraws of the charts. */
const REDRAW_MS = 200;

/**
 * The run's curves as the page draws them. The worker reports every iteration, ten batches a
 * second; they gather here and reach the charts at most five times a second, in a frame of
 * their own (`frames`, shared with the lab's other live pictures), so that drawing never
 * competes with training for the machine.
 */
export class RunCurves {
	/** Loss and training accuracy of each iteration (before its update). */
	points = $state.raw<readonly CurvePoint[]>([]);
	/** Test accuracy every tenth iteration, at the end and at every stop. */
	tests = $state.raw<readonly CurvePoint[]>([]);
	/** Iterations per second, as measured after each slice of work. */
	speeds = $state.raw<readonly { iteration: number; perSecond: number }[]>([]);
	perSecond = $state(0);
	msPerIteration = $state(NaN);

	#speeds: { iteration: number; perSecond: number }[] = [];
	#points: CurvePoint[] = [];
	#tests: CurvePoint[] = [];
	#speed: Speed = { perSecond: 0, msPerIteration: NaN };
	#timer: ReturnType<typeof setTimeout> | undefined;
	#drawnAt = -Infinity;
	readonly #frames: LiveFrames;

	constructor(frames = new LiveFrames()) {
		this.#frames = frames;
	}

	/** Takes what the worker sent; the charts see it on the next frame. */
	add(points: readonly CurvePoint[], tests: readonly CurvePoint[], speed: Speed): void {
		this.#points.push(...points);
		for (const t of tests) {
			// A stop measures the test images again at an iteration already measured: keep one.
			if (this.#tests.at(-1)?.iteration === t.iteration) this.#tests.pop();
			this.#tests.push(t);
		}
		this.#speed = speed;
		const last = points.at(-1);
		if (last && speed.perSecond > 0)
			this.#speeds.push({ iteration: last.iteration, perSecond: speed.perSecond });
		if (this.#timer || this.#frames.waiting('curves')) return;
		const wait = this.#drawnAt + REDRAW_MS - performance.now();
		const draw = () => {
			this.#timer = undefined;
			this.#frames.put('curves', () => this.flush());
		};
		if (wait > 0) this.#timer = setTimeout(draw, wait);
		else draw();
	}

	/** Starts from a saved run's curves (the speeds of that run are not kept). */
	restore(points: readonly CurvePoint[], tests: readonly CurvePoint[]): void {
		this.clear();
		this.#points = [...points];
		this.#tests = [...tests];
		this.flush();
	}

	/** Shows everything received so far now. */
	flush(): void {
		this.#cancel();
		this.#drawnAt = performance.now();
		if (this.#points.length > this.points.length) this.points = this.#points.slice();
		if (this.#tests.length !== this.tests.length || this.#tests.at(-1) !== this.tests.at(-1))
			this.tests = this.#tests.slice();
		if (this.#speeds.length > this.speeds.length) this.speeds = this.#speeds.slice();
		this.perSecond = this.#speed.perSecond;
		this.msPerIteration = this.#speed.msPerIteration;
	}

	clear(): void {
		this.#cancel();
		this.#points = [];
		this.#tests = [];
		this.#speeds = [];
		this.speeds = [];
		this.#speed = { perSecond: 0, msPerIteration: NaN };
		this.points = [];
		this.tests = [];
		this.perSecond = 0;
		this.msPerIteration = NaN;
	}

	#cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
