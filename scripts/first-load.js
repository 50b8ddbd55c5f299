// What a chapter costs to open: the gzip size of every script and stylesheet the page fetches
// when it is loaded and left where it opens (no scrolling), as a static host would send them.
// Run after `npm run build`. Usage: node scripts/first-load.js [--dir build] [--port 4401]
//   [--scroll] [--list] [path ...]
// --scroll also scrolls to the bottom, so chunks loaded near the viewport are counted too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBrowser } from './lib/browser.js';
import { serve } from './serve.js';

/** @param {string} name @param {string} fallback */
function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : fallback;
}

const dir = option('dir', 'build');
const scroll = process.argv.includes('--scroll');
const list = process.argv.includes('--list');
const paths = process.argv
	.slice(2)
	.filter((a, i, all) => !a.startsWith('--') && !['--dir', '--port'].includes(all[i - 1]));
const pages = paths.length
	? paths
	: ['/forward-propagation/', '/softmax/', '/backpropagation/', '/updates-and-gradient-descent/'];

const { server, url } = await serve({ dir, port: Number(option('port', '4401')), quiet: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? findBrowser(),
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	for (const path of pages) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		/** @type {Set<string>} */
		const files = new Set();
		page.on('request', (request) => {
			const { pathname, origin } = new URL(request.url());
			if (origin === new URL(url).origin && /\.(js|css)$/.test(pathname)) files.add(pathname);
		});
		await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
		if (scroll) {
			for (let y = 0; y < 40; y++) {
				await page.mouse.wheel(0, 1000);
				await page.waitForTimeout(50);
			}
			await page.waitForLoadState('networkidle');
		}
		let total = 0;
		for (const file of files) {
			const size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
			if (list) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB  ${file}`);
			total += size;
		}
		console.log(`${path}\t${files.size} files\t${(total / 1024).toFixed(1)} KB gzip`);
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
