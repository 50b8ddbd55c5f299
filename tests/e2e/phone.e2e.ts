import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';
import { stepperReady } from '../support/lesson';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

for (const path of ['/', ...sourceChapters().map((c) => `/${c.slug}/`), '/lab/', '/worksheet/']) {
	test(`${path} reads at 375 px wide: nothing pushes the page sideways`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
		const { scrollWidth, wide } = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			// Named in the failure message: what sticks out of the window, outside any box of
			// its own that scrolls (wide matrices and tables scroll there, never the page).
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					if (box.width === 0 || box.right <= width + 1) return false;
					for (let up = el.parentElement; up; up = up.parentElement) {
						if (getComputedStyle(up).overflowX !== 'visible') return false;
					}
					return true;
				})
				.slice(0, 5)
				.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
			return { scrollWidth: document.documentElement.scrollWidth, wide };
		});
		expect(scrollWidth, `wider than the phone: ${wide.join(', ')}`).toBeLessThanOrEqual(375);
		const body = await page
			.locator('body')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(body).toBeGreaterThanOrEqual(16);
	});
}

test('by touch: tapping a cell of Z[1] shows the dot product that made it', async ({ page }) => {
	await page.goto('/forward-propagation/');
	await stepperReady(page);
	const z1 = page.getByRole('application', { name: /^Z\[1\], 10 × \d+$/ }).first();
	await z1.scrollIntoViewIfNeeded();
	const box = await z1.locator('canvas').boundingBox();
	if (!box) throw new Error('Z[1] has no canvas on screen');
	await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.45);
	await expect(page.getByText(/^Z\[1\] row \d, column \d: row \d of W\[1\]/)).toBeVisible();
});

test('by touch: the step buttons step, and the softmax scores move', async ({ page }) => {
	await page.goto('/softmax/');
	await stepperReady(page);
	const live = page.locator('.dock p.visually-hidden[aria-live="polite"]');
	const before = await live.textContent();
	await page.getByRole('button', { name: 'Next step' }).tap();
	await expect(live).not.toHaveText(before ?? '');

	const slider = page.getByRole('slider').first();
	await slider.scrollIntoViewIfNeeded();
	const value = await slider.getAttribute('aria-valuenow');
	const box = await slider.boundingBox();
	if (!box) throw new Error('no score slider on screen');
	await page.touchscreen.tap(box.x + box.width / 2, box.y + 2);
	await expect.poll(() => slider.getAttribute('aria-valuenow')).not.toBe(value);
});

test('images of a matrix wrap to fit a phone, and spread out again on a wider window', async ({
	page
}) => {
	await page.goto('/data-layout/');
	await stepperReady(page);
	const tiles = page.locator('.widget .tiles').first();
	await tiles.scrollIntoViewIfNeeded();
	const width = () => tiles.evaluate((el) => el.getBoundingClientRect().width);
	const narrow = await width();
	expect(narrow).toBeLessThanOrEqual(375);
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect.poll(width).toBeGreaterThan(narrow + 100);
	await page.setViewportSize({ width: 375, height: 740 });
	await expect.poll(width).toBeLessThanOrEqual(narrow);
});
