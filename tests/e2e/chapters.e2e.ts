import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';

const chapters = sourceChapters();

// One page visits every chapter in turn (a step each): a fresh browser context per chapter costs
// the suite more than the checks themselves.
test('every chapter renders its math with no KaTeX error and no loose text', async ({ page }) => {
	test.setTimeout(90_000);
	for (const chapter of chapters) {
		await test.step(chapter.folder, async () => {
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
	}
});

test('Next walks from chapter 1 to the last, Previous walks back to the contents', async ({
	page
}) => {
	test.setTimeout(90_000);
	const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
	await page.goto(`/${chapters[0].slug}/`);
	for (const [index, chapter] of chapters.entries()) {
		await test.step(`Next from ${chapter.folder}`, async () => {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
			const next = chapters[index + 1];
			if (!next) return expect(pager.locator('a[rel="next"]')).toHaveCount(0);
			await pager.getByRole('link', { name: new RegExp(`Next.*${next.title}`) }).click();
			await expect(page).toHaveURL(new RegExp(`/${next.slug}/$`));
		});
	}
	for (const [index, chapter] of [...chapters.entries()].reverse()) {
		await test.step(`Previous from ${chapter.folder}`, async () => {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
			const previous = chapters[index - 1];
			if (!previous) {
				await pager.getByRole('link', { name: /Contents/ }).click();
				return expect(page).toHaveURL(/\/$/);
			}
			await pager.getByRole('link', { name: new RegExp(`Previous.*${previous.title}`) }).click();
			await expect(page).toHaveURL(new RegExp(`/${previous.slug}/$`));
		});
	}
});

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
