// What bench:lab watches inside the page, installed before the page's own scripts: the main
// thread's long tasks, each live picture's changes (one count an animation frame at most), and
// how long each key pressed took to reach the page's handlers and then its next frame; and how
// it reads them back once the run is done. Both functions run in the browser, so they use
// nothing from this module's scope.

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

/** What the page recorded from Start to done: the figures bench:lab prints (runs in the page). */
export function readFigures() {
	const w = /** @type {any} */ (window);
	const mark = (/** @type {string} */ name) => performance.getEntriesByName(name).at(-1)?.startTime;
	const [start, data, done] = [mark('lab:start'), mark('lab:data-ready'), mark('lab:done')];
	const report = document.querySelector('#lab-report p')?.textContent ?? '';
	const number = (/** @type {RegExp} */ pattern) => Number(pattern.exec(report)?.[1] ?? NaN);
	/** @type {{ start: number, duration: number }[]} */
	const during = w.__longTasks.slice(w.__before);
	/** @type {{ start: number, duration: number }[]} */
	const loading = w.__longTasks.slice(0, w.__before);
	/** @type {Record<string, number>} */
	const changes = {};
	for (const k of Object.keys(w.__changes)) changes[k] = w.__changes[k] - w.__changesBefore[k];
	return {
		totalSeconds: start !== undefined && done !== undefined ? (done - start) / 1000 : NaN,
		dataSeconds: start !== undefined && data !== undefined ? (data - start) / 1000 : NaN,
		workers: number(/ on (\d+) workers?/),
		msPerIteration: number(/([\d.]+) ms per iteration/),
		trainAccuracy: number(/training accuracy\s*([\d.]+)%/),
		testAccuracy: number(/test accuracy\s*([\d.]+)%/),
		longestTaskMs: during.length ? Math.max(...during.map((task) => task.duration)) : 0,
		longTasks: during.length,
		// Before Start: the page's own loading and hydration, not part of the run.
		loadTasks: loading.length,
		longestLoadTaskMs: loading.length ? Math.max(...loading.map((task) => task.duration)) : 0,
		// When each long task began, in seconds after Start: tells warm-up from the run itself.
		longTaskTimes: during.map((task) =>
			start === undefined ? NaN : Math.round((task.start - start) / 10) / 100
		),
		// How long each live picture took to redraw in its frame (LiveFrames' measures).
		draws: Object.entries(
			Object.groupBy(
				performance
					.getEntriesByType('measure')
					.filter((m) => m.name.startsWith('lab:draw ') && m.startTime >= (start ?? 0)),
				(m) => m.name.slice('lab:draw '.length)
			)
		).map(([name, list = []]) => ({
			name,
			count: list.length,
			maxMs: Math.round(Math.max(...list.map((m) => m.duration))),
			meanMs: Math.round(list.reduce((t, m) => t + m.duration, 0) / list.length)
		})),
		// The long animation frames holding those tasks, with the scripts each one ran.
		longFrames: w.__frames
			.filter((/** @type {any} */ f) =>
				during.some((t) => t.start < f.start + f.duration && t.start + t.duration > f.start)
			)
			.map((/** @type {any} */ f) => ({
				at: start === undefined ? NaN : Math.round((f.start - start) / 10) / 100,
				ms: Math.round(f.duration),
				blocking: f.blocking,
				render: f.render,
				scripts: f.scripts
			})),
		changes,
		// How long the keys pressed while it trained waited: median and longest, to the handler
		// and to the next frame (NaN when none was recorded).
		keys: Object.fromEntries(
			['handler', 'frame'].map((k) => {
				const ms = w.__keys
					.map((/** @type {Record<string, number>} */ key) => key[k])
					.sort((/** @type {number} */ a, /** @type {number} */ b) => a - b);
				return [k, { medianMs: ms[ms.length >> 1] ?? NaN, maxMs: ms.at(-1) ?? NaN }];
			})
		),
		keyCount: w.__keys.length
	};
}
