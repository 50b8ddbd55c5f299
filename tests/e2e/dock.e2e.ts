import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';
import { dock, SCREENS, setUp } from '../support/dock';
import { stepperReady } from '../support/lesson';

/** Whether an element is wholly inside the window. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
	const box = await target.boundingBox();
	const size = page.viewportSize();
	if (!box || !size) return false;
	return (
		box.x >= 0 &&
		box.y >= 0 &&
		box.x + box.width <= size.width + 0.5 &&
		box.y + box.height <= size.height + 0.5
	);
}

// The share of the window the dock may take: the page is what the learner came for.
const MOST = { laptop: 0.22, projector: 0.22, phone: 0.3 };

for (const screen of SCREENS) {
	test.describe(`the dock's own layout (${screen.name})`, () => {
		test.use({
			viewport: screen.viewport,
			isMobile: 'isMobile' in screen,
			hasTouch: 'hasTouch' in screen
		});

		test('every control, the equation and the timeline’s labels are on screen', async ({
			page
		}) => {
			await page.goto('/backpropagation/?step=dZ1');
			await stepperReady(page);
			await setUp(page, screen);
			const phone = 'isMobile' in screen;
			const controls = [
				dock(page).getByRole('button', { name: 'Previous step' }),
				dock(page).getByRole('button', { name: 'Play' }),
				dock(page).getByRole('button', { name: 'Next step' }),
				dock(page).getByRole('button', { name: 'By hand' }),
				dock(page).getByLabel('Inspect'),
				dock(page).getByRole('button', { name: 'Start over' }),
				dock(page).getByRole('slider', { name: 'Step in this iteration' }),
				...(phone ? [] : [dock(page).getByRole('button', { name: /download trace/i })])
			];
			for (const control of controls) {
				await expect(control).toBeVisible();
				expect(await onScreen(page, control), String(control)).toBe(true);
			}
			// The equation of the step just computed, in KaTeX, whole.
			const equation = dock(page).locator('.step-equation .katex');
			await expect(equation).toBeVisible();
			expect(await onScreen(page, equation)).toBe(true);
			// Fifteen labels, each inside its own slot of the timeline.
			const labels = dock(page).locator('.ticks button');
			await expect(labels).toHaveCount(15);
			const slots = await labels.evaluateAll((buttons) =>
				buttons.map((b) => ({
					text: b.textContent?.trim(),
					fits: b.scrollWidth <= b.clientWidth + 1,
					shown: b.getBoundingClientRect().width > 0
				}))
			);
			for (const slot of slots)
				expect(slot, slot.text).toEqual({ ...slot, fits: true, shown: true });
			for (const label of [/^A⁰$/, /^dZ¹$/, /^b²$/]) {
				await expect(labels.filter({ hasText: label })).toBeVisible();
			}
		});

		test('the dock leaves most of the window to the page', async ({ page }) => {
			await page.goto('/forward-propagation/');
			await stepperReady(page);
			await setUp(page, screen);
			const height = (await dock(page).boundingBox())?.height ?? Infinity;
			const kind = screen.name.split(' ')[0] as keyof typeof MOST;
			expect(height / screen.viewport.height).toBeLessThanOrEqual(MOST[kind]);
		});
	});
}
