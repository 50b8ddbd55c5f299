import { expect, test } from '../support/guard';
import { stepperReady } from '../support/lesson';
import { centre } from '../support/screen';

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

	test('an equation too wide for the screen shows, by a shadow, that it scrolls', async ({
		page
	}) => {
		await page.goto('/backpropagation/');
		await stepperReady(page);
		const report = await page.locator('.math-display').evaluateAll((displays) =>
			displays
				.filter((d) => d.scrollWidth > d.clientWidth + 1)
				.map((d) => {
					const style = getComputedStyle(d);
					return (
						style.backgroundImage.includes('radial-gradient') &&
						style.backgroundAttachment.includes('local')
					);
				})
		);
		expect(report.length).toBeGreaterThan(0);
		expect(report.every(Boolean)).toBe(true);
	});

	test("the ReLU chart's labels are as large as the text beside them", async ({ page }) => {
		await page.goto('/forward-propagation/');
		await stepperReady(page);
		const labels = page
			.locator('.widget')
			.filter({ hasText: 'every hidden value of every image' })
			.locator('svg .axis text');
		await centre(labels.first());
		const heights = await labels.evaluateAll((texts) =>
			texts.map((t) => t.getBoundingClientRect().height)
		);
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
	});

	test('the by-hand panel takes little more than a third of the screen', async ({ page }) => {
		await page.goto('/backpropagation/');
		await stepperReady(page);
		await page.getByRole('button', { name: 'By hand' }).click();
		const panel = page.getByRole('region', { name: /^By hand/ });
		await expect(panel).toBeVisible();
		const share = await panel.evaluate((el) => el.getBoundingClientRect().height / innerHeight);
		expect(share).toBeLessThanOrEqual(0.37);
	});
});

test.describe('on a projector, 1024 × 768', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('the file table of chapter 2 fits without scrolling', async ({ page }) => {
		await page.goto('/data-layout/');
		await stepperReady(page);
		await page.getByRole('button', { name: /Projector/ }).click();
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
		const table = page.getByRole('region', { name: "The file's first rows" });
		await centre(table);
		const fit = await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
		expect(fit).toBe(true);
	});

	test('dZ[1] keeps "=" with the matrix after it in projector mode', async ({ page }) => {
		await page.goto('/backpropagation/');
		await stepperReady(page);
		await page.getByRole('button', { name: /Projector/ }).click();
		const equals = page
			.locator('.matrix-equation')
			.filter({ hasText: 'g′(' })
			.locator('.op', { hasText: '=' });
		await centre(equals);
		const together = await equals.evaluate((op) => {
			const box = op.getBoundingClientRect();
			const next = op.nextElementSibling?.getBoundingClientRect();
			const middle = (box.top + box.bottom) / 2;
			return !!next && middle > next.top && middle < next.bottom;
		});
		expect(together).toBe(true);
	});
});
