import { expect, test, type Page } from '../support/own-site';
import { stepperReady } from '../support/lesson';

test.use({ serviceWorkers: 'allow' });

/** A first visit: the service worker installs and takes the page. */
async function visitOnce(page: Page) {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
	});
}

test('after one visit the chapters, their math and the lesson data work with the site gone', async ({
	page,
	site
}) => {
	await visitOnce(page);
	await site.cut();

	await page.goto('/backpropagation/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
	await expect(page.locator('.katex').first()).toBeVisible();
	await stepperReady(page);
	await expect(page.locator('[data-value="loss"]').first()).toHaveText(/\d/);

	await page.reload();
	await stepperReady(page);
	await page.getByRole('link', { name: /Next: Chapter 6/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Updates and gradient descent');
});

test('with the site gone, a shared address without its trailing slash keeps its state', async ({
	page,
	site
}) => {
	await visitOnce(page);
	await site.cut();
	await page.goto('/backpropagation?seed=3&m=4');
	await expect(page).toHaveURL(/\/backpropagation\/\?seed=3&m=4$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
});

test('with the site gone, an address that was never visited gets the 404 page', async ({
	page,
	site,
	guard
}) => {
	guard.allowConsoleError(/404|Failed to load/);
	await visitOnce(page);
	await site.cut();
	await page.goto('/no-such-chapter/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/not here/i);
});

test('a failed response passes through and is not cached over the good copy', async ({
	page,
	site,
	guard
}) => {
	// The plain-text page also asks for /favicon.ico, which this site does not have; when that
	// request comes after the site is cut, it fails outright instead (ERR_FAILED).
	guard.allowConsoleError(/503|404|ERR_FAILED/);
	await visitOnce(page);
	site.intercept((request, response) => {
		if (request.url !== '/softmax/') return false;
		response.writeHead(503, { 'Content-Type': 'text/plain' }).end('down for maintenance');
		return true;
	});
	const failed = await page.goto('/softmax/');
	expect(failed?.status()).toBe(503);
	await expect(page.getByText('down for maintenance')).toBeVisible();

	await site.cut();
	await page.goto('/softmax/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Softmax');
});

test('a new deployment offers a reload, and the reload brings it in', async ({ page, site }) => {
	await visitOnce(page);
	await page.reload();
	// The next deployment: the same site with a changed service worker.
	site.intercept((request, response) => {
		if (request.url !== '/service-worker.js') return false;
		import('node:fs').then(({ readFileSync }) => {
			const next = `${readFileSync('build/service-worker.js', 'utf8')}\n// the next deployment\n`;
			response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(next);
		});
		return true;
	});
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
	const prompt = page.getByRole('status').filter({ hasText: 'A new version of From Scratch' });
	await expect(prompt).toBeVisible({ timeout: 15_000 });

	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(prompt).toHaveCount(0);
	expect(
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))
	).toBe(true);
});

test('a new deployment’s worker deletes the old deployment’s cache and keeps the digits', async ({
	page
}) => {
	// Stands in for the cache an earlier deployment left behind; made before this deployment's
	// worker registers, so its activation is what has to clear it.
	await page.addInitScript(() => {
		const container = navigator.serviceWorker;
		const register = container.register.bind(container);
		const earlier = caches
			.open('app-earlier-deployment')
			.then((cache) => cache.put('/stale.txt', new Response('from before')));
		container.register = (...args: Parameters<typeof register>) =>
			earlier.then(() => {
				Object.assign(window, { __registeredAfterEarlier: true });
				return register(...args);
			});
	});
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	expect(await page.evaluate(() => '__registeredAfterEarlier' in window)).toBe(true);
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
		.not.toContain('app-earlier-deployment');
	const keys = await page.evaluate(() => caches.keys());
	expect(keys.filter((key) => key.startsWith('app-'))).toHaveLength(1);
	expect(keys).toContain('mnist-v1');
	expect(
		await page.evaluate(() => caches.match('/stale.txt').then((hit) => hit ?? null))
	).toBeNull();
});

test('a request that is not a GET passes the cache by, to the site or to a network error', async ({
	page,
	site,
	guard
}) => {
	// The POST made with the site gone is refused, as it should be, and Chromium logs that.
	guard.allowConsoleError(/ERR_CONNECTION_REFUSED/);
	await visitOnce(page);
	site.intercept((request, response) => {
		if (request.method !== 'POST') return false;
		response.writeHead(200, { 'Content-Type': 'text/plain' }).end(`posted to ${request.url}`);
		return true;
	});
	// /softmax/ is cached for GET; a POST to it must still reach the site.
	const post = () =>
		page.evaluate(() =>
			fetch('/softmax/', { method: 'POST', body: 'x' }).then(
				(r) => r.text(),
				(e: Error) => `failed: ${e.name}`
			)
		);
	expect(await post()).toBe('posted to /softmax/');
	expect(site.requests).toContain('POST /softmax/');
	await site.cut();
	// With the site gone the cached page is not passed off as the POST's answer.
	expect(await post()).toBe('failed: TypeError');
	expect(await page.evaluate(() => fetch('/softmax/').then((r) => r.status))).toBe(200);
});

test('a request to another origin passes the worker by: not answered from the cache, not kept', async ({
	page,
	site,
	guard
}) => {
	// With the site gone the requests fail, and Chromium logs them. The bare page names an empty
	// icon, so no favicon request of its own lands among the requests counted below.
	guard.allowConsoleError(/404|ERR_CONNECTION_REFUSED|ERR_FAILED/);
	await visitOnce(page);
	// The site's pages forbid other origins (connect-src 'self'): ask from a bare page of its
	// own, still under the worker, that carries no such policy.
	site.intercept((request, response) => {
		if (request.url !== '/bare/') return false;
		response
			.writeHead(200, { 'Content-Type': 'text/html' })
			.end('<!doctype html><title>bare</title><link rel="icon" href="data:,">');
		return true;
	});
	await page.goto('/bare/');
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	// The same server under another name is another origin, one the test controls: these
	// requests are sent on purpose, not a leak.
	const other = site.url.replace('localhost', '127.0.0.1');
	guard.allowOrigin(other);
	const ask = (path: string) =>
		page.evaluate(
			(url) =>
				fetch(url, { mode: 'no-cors' }).then(
					(r) => r.type,
					(e: Error) => `failed: ${e.name}`
				),
			`${other}${path}`
		);
	const before = site.requests.length;
	// /softmax/ is cached for this origin, and data files are kept when fetched: another
	// origin's must reach its server, and stay out of the cache.
	expect(await ask('/softmax/')).toBe('opaque');
	expect(await ask('/data/manifest.json')).toBe('opaque');
	expect(site.requests.slice(before)).toEqual(['GET /softmax/', 'GET /data/manifest.json']);
	const kept = await page.evaluate(async (origin) => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls.filter((url) => url.startsWith(origin));
	}, other);
	expect(kept).toEqual([]);
	// With the site gone, the cached /softmax/ of this origin is not passed off as the answer.
	await site.cut();
	expect(await ask('/softmax/')).toBe('failed: TypeError');
});
