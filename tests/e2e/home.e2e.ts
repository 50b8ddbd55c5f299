import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';

const chapters = sourceChapters();

test('the home page lists every chapter, in order, with its summary', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/From Scratch/);
	const items = page.getByRole('region', { name: 'Contents' }).getByRole('listitem');
	await expect(items).toHaveCount(chapters.length);
	for (const [index, chapter] of chapters.entries()) {
		const item = items.nth(index);
		await expect(item.getByRole('link')).toContainText(chapter.title);
		await expect(item).toContainText(chapter.summary);
	}
});

test('the home page has a description and names the network it teaches', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
	await expect(page.getByRole('img', { name: /784 input pixels/ })).toBeVisible();
});

test('each contents entry opens its chapter', async ({ page }) => {
	await page.goto('/');
	const last = chapters[chapters.length - 1];
	await page
		.getByRole('link', { name: new RegExp(last.title) })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`/${last.slug}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
});
