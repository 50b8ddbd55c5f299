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
