import { expect, test } from '../support/guard';

test.use({ serviceWorkers: 'allow' });

test('after one visit the chapters, their math and the lesson data work with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await context.setOffline(true);

	await page.goto('/backpropagation/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
	await expect(page.locator('.katex').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled({ timeout: 15_000 });
	await expect(page.locator('[data-value="loss"]').first()).toHaveText(/\d/);

	await page.reload();
	await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled({ timeout: 15_000 });
	await page.getByRole('link', { name: /Next: Chapter 6/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Updates and gradient descent');
});

test('offline, an address that was never visited still gets the 404 page', async ({
	page,
	context,
	guard
}) => {
	guard.allowConsoleError(/404|Failed to load/);
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await context.setOffline(true);
	await page.goto('/no-such-chapter/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/not here/i);
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
