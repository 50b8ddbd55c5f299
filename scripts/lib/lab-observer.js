// What bench:lab watches inside the page, installed before the page's own scripts: the main
// thread's long tasks, each live picture's changes (one count an animation frame at most), and
// how long each key pressed took to reach the page's handlers and then its next frame.
// The function runs in the browser, so it uses nothing from this module's scope.

/** Long tasks and changes to the pictures, recorded from before the page's first script. */
export function observePage() {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	/** @type {Record<string, number>} */
	const changes = { weights: 0, test: 0, drawing: 0 };
	/** @type {{ start: number, duration: number, scripts: string[], render: number, blocking: number }[]} */
	const frames = [];
	/** @type {{ handler: number, frame: number }[]} */
	const keys = [];
	Object.assign(window, { __longTasks: tasks, __changes: changes, __frames: frames, __keys: keys });
	// From the moment the key went down (the event's own time stamp) to the first handler, and
	// to the frame after it: what a learner pressing a key while it trains waits for.
	addEventListener(
		'keydown',
		(event) => {
			const handler = performance.now() - event.timeStamp;
			requestAnimationFrame(() =>
				keys.push({ handler, frame: performance.now() - event.timeStamp })
			);
		},
		{ capture: true }
	);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	// Long animation frames name the scripts that ran in them: what each long task was.
	new PerformanceObserver((list) => {
		for (const entry of /** @type {any[]} */ (list.getEntries()))
			frames.push({
				start: entry.startTime,
				duration: entry.duration,
				scripts: entry.scripts.map(
					(/** @type {any} */ s) =>
						`${s.invoker || s.invokerType} ${Math.round(s.duration)} ms` +
						` (${(s.sourceFunctionName || '?') + ' ' + (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition})` +
						`, layout ${Math.round(s.forcedStyleAndLayoutDuration)} ms`
				),
				render: Math.round(
					entry.startTime + entry.duration - (entry.renderStart || entry.startTime + entry.duration)
				),
				blocking: Math.round(entry.blockingDuration)
			});
	}).observe({ type: 'long-animation-frame', buffered: true });
	// Counted at most once a frame: what a learner sees move.
	addEventListener('DOMContentLoaded', () => {
		for (const [name, id] of [
			['weights', 'lab-weights'],
			['test', 'lab-test'],
			['drawing', 'lab-draw']
		]) {
			let pending = false;
			const panel = document.getElementById(id);
			if (!panel) continue;
			new MutationObserver(() => {
				if (pending) return;
				pending = true;
				requestAnimationFrame(() => ((pending = false), changes[name]++));
			}).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
		}
	});
}
