/**
 * The live pictures' turns. While a run trains, the worker's news arrives many times a second:
 * curves, weights, an evaluation of the test set. Drawing all of them in the frame they arrive
 * in makes one long task; here each picture waits for its own animation frame, one picture a
 * frame, so that no frame holds more than one redraw and every picture still moves. A newer
 * job for a picture replaces its older one without losing its place in the line. Each turn is
 * measured (`lab:draw <picture>` in the performance timeline), for `npm run bench:lab`.
 */
import { flushSync } from 'svelte';

export class LiveFrames {
	#jobs = new Map<string, () => void>();
	#frame = 0;
	readonly #request: (run: () => void) => number;
	readonly #cancel: (frame: number) => void;

	/** `request` and `cancel` are the page's animation frames; a test passes its own. */
	constructor(
		request: (run: () => void) => number = (run) => requestAnimationFrame(run),
		cancel: (frame: number) => void = (frame) => cancelAnimationFrame(frame)
	) {
		this.#request = request;
		this.#cancel = cancel;
	}

	/** Draws `picture` in a coming frame, after the pictures already waiting. */
	put(picture: string, job: () => void): void {
		this.#jobs.set(picture, job);
		if (!this.#frame) this.#frame = this.#request(() => this.#next());
	}

	/** Forgets the job waiting for `picture`, if any (its picture is gone). */
	drop(picture: string): void {
		this.#jobs.delete(picture);
	}

	/** Whether a job for `picture` is waiting. */
	waiting(picture: string): boolean {
		return this.#jobs.has(picture);
	}

	/** Runs every waiting job now, in order (before a save, which must see the latest). */
	flush(): void {
		this.#stop();
		for (const [picture, job] of this.#jobs) {
			this.#jobs.delete(picture);
			job();
		}
	}

	/** Forgets every waiting job (a new run's pictures start from nothing). */
	clear(): void {
		this.#stop();
		this.#jobs.clear();
	}

	#next(): void {
		this.#frame = 0;
		const first = this.#jobs.entries().next();
		if (first.done) return;
		const [picture, job] = first.value;
		this.#jobs.delete(picture);
		if (this.#jobs.size) this.#frame = this.#request(() => this.#next());
		const start = performance.now();
		// Svelte's effects would run after this callback; run them here, so the turn is measured whole.
		job();
		flushSync();
		performance.measure(`lab:draw ${picture}`, { start });
	}

	#stop(): void {
		if (this.#frame) this.#cancel(this.#frame);
		this.#frame = 0;
	}
}
