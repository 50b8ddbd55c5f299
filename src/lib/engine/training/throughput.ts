/**
 * How fast training runs: iterations per second over the last few seconds (what a speedometer
 * shows) and the mean milliseconds per iteration over the whole run. Times are passed in, so
 * it runs anywhere and tests need no clock.
 */
export class Throughput {
	/** [time in ms, iterations done by then], oldest first, none older than the window. */
	#samples: [number, number][] = [];
	#iterations = 0;
	#busyMs = 0;

	constructor(readonly windowMs = 2000) {
		if (!(windowMs > 0)) throw new RangeError(`Throughput: window ${windowMs} ms must be > 0`);
	}

	/** Records `count` iterations that took `ms` milliseconds of work, ending at time `now`. */
	add(count: number, ms: number, now: number): void {
		if (!(count >= 0 && ms >= 0)) {
			throw new RangeError(`Throughput: ${count} iterations in ${ms} ms`);
		}
		if (this.#samples.length === 0) this.#samples.push([now - ms, this.#iterations]);
		this.#iterations += count;
		this.#busyMs += ms;
		this.#samples.push([now, this.#iterations]);
		while (this.#samples.length > 2 && now - this.#samples[1][0] >= this.windowMs) {
			this.#samples.shift();
		}
	}

	/** Iterations per second of wall time across the window; 0 before two samples. */
	get perSecond(): number {
		const first = this.#samples[0];
		const last = this.#samples.at(-1);
		if (!first || !last || last[0] <= first[0]) return 0;
		return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
	}

	/** Mean milliseconds of work per iteration over everything added; NaN before any. */
	get msPerIteration(): number {
		return this.#iterations === 0 ? NaN : this.#busyMs / this.#iterations;
	}

	get iterations(): number {
		return this.#iterations;
	}

	/** Forgets the window (after a pause, so idle time is not counted); keeps the totals. */
	restartWindow(): void {
		this.#samples = [];
	}
}
