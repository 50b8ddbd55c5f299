import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';
import { readNumber } from '../support/numbers';

/** Waits until the page's engine has its data and the widgets are live. */
async function ready(page: Page) {
	await page.goto('/softmax/');
	await expect(page.locator('.widget .loading')).toHaveCount(0, { timeout: 15_000 });
}

const parse = readNumber;

/** Brings an element to the middle of the screen, clear of the step controller. */
async function centre(element: Locator) {
	await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
}

async function numbers(page: Page, selector: string, scope = page.locator('body')) {
	return (await scope.locator(selector).allTextContents()).map(parse);
}

test.describe('the softmax playground', () => {
	test('dragging a score changes the probabilities, which still add up to 1', async ({ page }) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /drag the scores/ });
		const slider = widget.getByRole('slider', { name: 'score z for class 0' });
		await expect(slider).toHaveAttribute('aria-valuenow', '1.3');
		const before = await numbers(page, '[data-value="probability"]', widget);
		expect(before).toHaveLength(4);

		await centre(slider);
		const box = await slider.boundingBox();
		if (!box) throw new Error('the slider has no box');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();

		const now = Number(await slider.getAttribute('aria-valuenow'));
		expect(now).toBeGreaterThan(5.1);
		const after = await numbers(page, '[data-value="probability"]', widget);
		expect(after[0]).toBeGreaterThan(before[0]);
		expect(after[1]).toBeLessThan(before[1]);
		// Shown to three digits, so the four add up to 1 within their rounding …
		expect(Math.abs(after.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.005);
		// … and the engine's own sum is 1.
		expect(parse(await widget.locator('[data-value="total"]').textContent())).toBe(1);
	});

	test('the arrow keys move a score by 0.1 and Page Up by 1', async ({ page }) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /drag the scores/ });
		const slider = widget.getByRole('slider', { name: 'score z for class 3' });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuenow', '0.9');
		await page.keyboard.press('PageUp');
		await expect(slider).toHaveAttribute('aria-valuenow', '1.9');
		await page.keyboard.press('ArrowLeft');
		await expect(slider).toHaveAttribute('aria-valuenow', '1.8');
		await expect(widget.getByRole('button', { name: 'Undo my changes' })).toBeVisible();
	});

	test('loads a real column of Z[2]: ten scores, one per digit, with the label marked', async ({
		page
	}) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /drag the scores/ });
		await widget.getByRole('combobox', { name: 'Scores' }).selectOption({ index: 3 });
		await expect(widget.getByRole('slider')).toHaveCount(10);
		await expect(widget.getByRole('slider', { name: 'score z for digit 9' })).toBeVisible();
		await expect(widget.locator('.tag', { hasText: 'label' })).toHaveCount(1);
		const p = await numbers(page, '[data-value="probability"]', widget);
		expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.01);
	});
});

test.describe('the overflow demonstration', () => {
	test('c = 1000 turns the naive form to NaN while the stable form stays as it was', async ({
		page
	}) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /toward 1000/ });
		const naive = widget.getByRole('region', { name: /notebook's form/ });
		const stable = widget.getByRole('region', { name: /engine's form/ });
		const before = await numbers(page, '[data-value="probability"]', stable);
		expect((await numbers(page, '[data-value="probability"]', naive)).every(Number.isFinite)).toBe(
			true
		);

		await widget.getByRole('button', { name: 'c = 1000' }).click();
		await expect(widget.getByRole('slider', { name: 'c, added to every score' })).toHaveValue(
			'1000'
		);
		await expect(naive.locator('[data-value="probability"]').first()).toHaveText('NaN');
		const naiveAfter = await numbers(page, '[data-value="probability"]', naive);
		expect(naiveAfter.every(Number.isNaN)).toBe(true);
		const stableAfter = await numbers(page, '[data-value="probability"]', stable);
		expect(stableAfter.every(Number.isFinite)).toBe(true);
		expect(stableAfter).toEqual(before);
		await expect(widget.getByText("The notebook's form gives NaN.")).toBeVisible();
	});

	test('the range control reaches both ends by keyboard: overflow and underflow', async ({
		page
	}) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /toward 1000/ });
		const naive = widget.getByRole('region', { name: /notebook's form/ });
		const range = widget.getByRole('slider', { name: 'c, added to every score' });
		await range.focus();
		await page.keyboard.press('Home');
		await expect(range).toHaveValue('-1000');
		await expect(naive.locator('[data-value="total"]')).toHaveText('NaN');
		await expect(widget.getByText(/rounds to 0/)).toBeVisible();
		await page.keyboard.press('End');
		await expect(range).toHaveValue('1000');
		await expect(widget.getByText(/∞ \/ ∞ is not a number/)).toBeVisible();
	});
});

test.describe('Z[2] → A[2]', () => {
	test('pointing at a column shows that its probabilities add up to 1 and the prediction', async ({
		page
	}) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /Z\[2\] → A\[2\]/ });
		const a2 = widget.getByRole('application', { name: /^A\[2\], 10 × \d+$/ });
		await centre(a2);
		const box = await a2.boundingBox();
		if (!box) throw new Error('A[2] has no box');
		const m = Number((await a2.getAttribute('aria-label'))?.split('× ')[1]);
		await page.mouse.move(box.x + ((3 + 0.5) * box.width) / m, box.y + box.height / 2);
		await expect(widget.getByRole('heading', { name: /Column 3 of A\[2\]/ })).toBeVisible();
		expect(parse(await widget.locator('[data-value="column-sum"]').textContent())).toBe(1);
		await expect(widget.locator('[data-value="predicted"]')).toHaveText(/^\d$/);
	});

	test('stepping back before A[2] says it is not computed yet, and computes it on request', async ({
		page
	}) => {
		await ready(page);
		const widget = page.getByRole('figure', { name: /Z\[2\] → A\[2\]/ });
		await page.getByRole('button', { name: 'Previous step' }).click();
		await expect(
			widget.getByText('A[2] has not been computed in this iteration yet.')
		).toBeVisible();
		await widget.getByRole('button', { name: 'Compute A[2]' }).click();
		await expect(widget.getByRole('application', { name: /^A\[2\]/ })).toBeVisible();
	});
});
