// Saves a screenshot of a page of the built site, for looking at what we build and for the
// README. Usage: node scripts/screenshot.js <path> <out.png> [--width 1280] [--height 800]
//   [--full] [--selector CSS] [--wait CSS] [--at CSS] [--scale 2]
//   [--hover CSS]
// --at scrolls the first match to the top of the window before a window-sized screenshot;
// --hover points the mouse at the middle of the first match, for a widget's hover readout.
import { chromium } from '@playwright/test';
import { findBrowser } from './lib/browser.js';
import { serve } from './serve.js';

/**
 * @param {string} name
 * @param {string} [fallback]
 */
function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : fallback;
}

const [path, out] = process.argv
	.slice(2)
	.filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!path || !out) {
	console.error(
		'usage: node scripts/screenshot.js <path> <out.png> [--width W] [--height H] [--full] [--selector CSS] [--wait CSS] [--at CSS] [--hover CSS] [--scale S]'
	);
	process.exit(2);
}

// Any free port: several checkouts take screenshots on one machine at the same time.
const { server, url } = await serve({ dir: 'build', port: 0, quiet: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? findBrowser(),
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--no-first-run'
	]
});
try {
	const page = await browser.newPage({
		viewport: { width: Number(option('width', '1280')), height: Number(option('height', '800')) },
		deviceScaleFactor: Number(option('scale', '1'))
	});
	await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
	const wait = option('wait', undefined);
	if (wait) await page.waitForSelector(wait);
	const at = option('at', undefined);
	if (at) {
		await page
			.locator(at)
			.first()
			.evaluate((element) => {
				window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 80 });
			});
		await page.waitForTimeout(300);
	}
	const hover = option('hover', undefined);
	if (hover) {
		await page.locator(hover).first().hover();
		await page.waitForTimeout(300);
	}
	const selector = option('selector', undefined);
	if (selector) await page.locator(selector).first().screenshot({ path: out });
	else await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
	console.log(`saved ${out}`);
} finally {
	await browser.close();
	server.close();
}
