/**
 * Work spread over animation frames, so that training never freezes the page: in each frame
 * `work` runs again and again until `budget` milliseconds have passed (always at least once),
 * then `onframe` lets the page catch up and the browser draws. One iteration on 1,000 images
 * takes about 12 ms, so a frame holds the main thread for one iteration or about `budget` ms,
 * whichever is longer, plus the redraw.
 */

/**
 * Calls `work` until it returns false or the returned function is called.
 * @example const stop = everyFrame(() => runner.step(1).length > 0, redraw);
 */
export function everyFrame(work: () => boolean, onframe: () => void, budget = 8): () => void {
	let id = 0;
	let stopped = false;
	const tick = () => {
		const start = performance.now();
		let more: boolean;
		do more = work();
		while (more && !stopped && performance.now() - start < budget);
		if (stopped) return;
		onframe();
		if (more) id = requestAnimationFrame(tick);
	};
	id = requestAnimationFrame(tick);
	return () => {
		stopped = true;
		cancelAnimationFrame(id);
	};
}
