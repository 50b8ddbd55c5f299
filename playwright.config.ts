import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/lib/browser.js';

const port = Number(process.env.E2E_PORT ?? 4321);
const executablePath = process.env.CHROMIUM_PATH ?? findBrowser();

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 30_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		// Tests see the network as it is; the offline test allows the service worker itself.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			// Without the networking flags Chromium tries to reach outside hosts at start-up,
			// which would both slow the tests and muddy the "no outside request" checks.
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
		}
	},
	webServer: {
		command: `node scripts/serve.js --port ${port} --strict-port --quiet --dir ${process.env.E2E_BUILD ?? 'build'}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
