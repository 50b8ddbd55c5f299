// `npm run bench:lab`: the training lab's default run (the notes' setup: all 60,000 images,
// 500 iterations) in headless Chromium, timed from pressing Start to the report of the end.
// Builds nothing: run `npm run build` first. A benchmark that prints figures, not a test.
// Prints the total seconds, the data-loading seconds, ms per iteration, the final accuracies
// and the longest main-thread task during the run, then one JSON line.
import { chromium } from '@playwright/test';
import { findBrowser } from './lib/browser.js';
import { serve } from './serve.js';

/** Long tasks (over 50 ms on the main thread), recorded from before the page's first script. */
function observeLongTasks() {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	Object.assign(window, { __longTasks: tasks });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

const TIMEOUT_MS = 10 * 60_000;
const { server, url } = await serve({ dir: 'build', port: 4600, quiet: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? findBrowser(),
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
});
try {
	// As in the end-to-end tests: a service worker installing on this first visit would reload
	// the page and take the run with it, and its cache is not what is being measured.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	await page.addInitScript(observeLongTasks);
	await page.goto(new URL('lab/', url).href, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	// Tasks before Start (hydration, first paint) are not part of the run.
	await page.evaluate(() => {
		const w = /** @type {{ __longTasks: unknown[], __before: number }} */ (
			/** @type {unknown} */ (window)
		);
		w.__before = w.__longTasks.length;
	});
	// Checked once a second: waiting by polling the page's text would itself load its main thread.
	await page.waitForFunction(() => performance.getEntriesByName('lab:done').length > 0, null, {
		polling: 1000,
		timeout: TIMEOUT_MS
	});
	await page.locator('#lab-report').waitFor();
	const figures = await page.evaluate(() => {
		const w =
			/** @type {{ __longTasks: { start: number, duration: number }[], __before: number }} */ (
				/** @type {unknown} */ (window)
			);
		const mark = (/** @type {string} */ name) =>
			performance.getEntriesByName(name).at(-1)?.startTime;
		const [start, data, done] = [mark('lab:start'), mark('lab:data-ready'), mark('lab:done')];
		const report = document.querySelector('#lab-report p')?.textContent ?? '';
		const number = (/** @type {RegExp} */ pattern) => Number(pattern.exec(report)?.[1] ?? NaN);
		const during = w.__longTasks.slice(w.__before);
		return {
			totalSeconds: start !== undefined && done !== undefined ? (done - start) / 1000 : NaN,
			dataSeconds: start !== undefined && data !== undefined ? (data - start) / 1000 : NaN,
			msPerIteration: number(/([\d.]+) ms per iteration/),
			trainAccuracy: number(/training accuracy\s*([\d.]+)%/),
			testAccuracy: number(/test accuracy\s*([\d.]+)%/),
			longestTaskMs: during.length ? Math.max(...during.map((task) => task.duration)) : 0,
			longTasks: during.length,
			// When each long task began, in seconds after Start: tells warm-up from the run itself.
			longTaskTimes: during.map((task) =>
				start === undefined ? NaN : Math.round((task.start - start) / 10) / 100
			)
		};
	});
	const kernel = (await page.getByText(/runs in plain JavaScript/).count()) ? 'js' : 'wasm';
	console.log('The lab’s default run in headless Chromium (all 60,000 images, 500 iterations)');
	console.log(`  from Start to done        ${figures.totalSeconds.toFixed(1)} s`);
	console.log(`  loading the data          ${figures.dataSeconds.toFixed(1)} s`);
	console.log(`  one iteration             ${figures.msPerIteration.toFixed(1)} ms (${kernel})`);
	console.log(`  train / test accuracy     ${figures.trainAccuracy}% / ${figures.testAccuracy}%`);
	console.log(
		`  longest main-thread task  ${figures.longestTaskMs.toFixed(0)} ms ` +
			`(${figures.longTasks} over 50 ms during the run` +
			(figures.longTasks ? `, at ${figures.longTaskTimes.join(', ')} s after Start)` : ')')
	);
	console.log(JSON.stringify({ ...figures, kernel }));
} finally {
	await browser.close();
	server.close();
}
