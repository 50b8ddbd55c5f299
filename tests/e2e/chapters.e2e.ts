import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';

const chapters = sourceChapters();

for (const [index, chapter] of chapters.entries()) {
	test(`${chapter.folder} renders its math with no KaTeX error`, async ({ page }) => {
		const response = await page.goto(`/${chapter.slug}/`);
		expect(response?.status()).toBe(200);
		await expect(page).toHaveTitle(`${chapter.title} · From Scratch`);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			chapter.summary
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
		expect(await page.locator('.katex').count()).toBeGreaterThan(0);
		await expect(page.locator('.katex-error')).toHaveCount(0);
		// KaTeX renders an untrusted or unknown command as red text instead of failing.
		await expect(page.locator('.katex [style*="color:#cc0000"]')).toHaveCount(0);
		// A line of prose written straight after a widget tag, with no blank line, is not made a
		// paragraph: it becomes loose text in the reading column's grid, lands in a margin track
		// and pushes a phone's page sideways.
		const loose = await page
			.locator('.prose')
			.evaluate((prose) =>
				[...prose.childNodes]
					.filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
					.map((node) => node.textContent?.trim().slice(0, 60))
			);
		expect(loose, 'text outside any paragraph').toEqual([]);
	});

	test(`${chapter.folder} links to its neighbours`, async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
		const previous = chapters[index - 1];
		const next = chapters[index + 1];
		if (next) {
			await pager.getByRole('link', { name: new RegExp(`Next.*${next.title}`) }).click();
			await expect(page).toHaveURL(new RegExp(`/${next.slug}/$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.title);
			await page.goBack();
		} else {
			await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
		}
		if (previous) {
			await pager.getByRole('link', { name: new RegExp(`Previous.*${previous.title}`) }).click();
			await expect(page).toHaveURL(new RegExp(`/${previous.slug}/$`));
		} else {
			await pager.getByRole('link', { name: /Contents/ }).click();
			await expect(page).toHaveURL(/\/$/);
		}
	});
}

test('a tagged symbol carries its data-symbol and its colour', async ({ page }) => {
	await page.goto('/forward-propagation/');
	const w1 = page.locator('.katex [data-symbol="W1"]').first();
	await expect(w1).toBeVisible();
	await expect(w1).toContainText('W');
	const b1 = page.locator('.katex [data-symbol="b1"]').first();
	const colour = (el: typeof w1) => el.evaluate((node) => getComputedStyle(node).color);
	// Two symbols, two colours; and a symbol is not the body text's colour.
	expect(await colour(w1)).not.toBe(await colour(b1));
	const body = await page
		.locator('.prose p')
		.first()
		.evaluate((n) => getComputedStyle(n).color);
	expect(await colour(w1)).not.toBe(body);
});

test('the chapter bar marks the current chapter', async ({ page }) => {
	const chapter = chapters[2];
	await page.goto(`/${chapter.slug}/`);
	const current = page
		.getByRole('navigation', { name: 'Chapters' })
		.locator('[aria-current="page"]');
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAccessibleName(new RegExp(chapter.title));
});
