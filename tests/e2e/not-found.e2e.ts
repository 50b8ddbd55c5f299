import { expect, test } from '../support/guard';

for (const path of ['/no-such-chapter/', '/a/deeper/path/that/is/missing', '/missing.html']) {
	test(`an unknown address (${path}) gets a 404 page with a way back`, async ({ page, guard }) => {
		// The browser itself logs the 404 response of the document as a console error.
		guard.allowConsoleError(/404/);
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(/not here/i);
		await expect(page).toHaveTitle(/not found/i);
		await page.getByRole('link', { name: 'Go to the contents' }).click();
		await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
	});
}
