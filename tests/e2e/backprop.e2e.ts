import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';
import { readNumber } from '../support/numbers';

async function ready(page: Page) {
	await page.goto('/backpropagation/');
	await expect(page.locator('.widget .loading')).toHaveCount(0, { timeout: 15_000 });
}

const parse = readNumber;

/** Points at cell (i, j) of a matrix drawn as a grid of `rows × cols` cells. */
async function pointAt(page: Page, grid: Locator, i: number, j: number) {
	const label = (await grid.getAttribute('aria-label')) ?? '';
	const [rows, cols] = (/(\d+) × (\d+)$/.exec(label) ?? []).slice(1).map(Number);
	// To the middle of the screen, clear of the step controller at the bottom.
	await grid.evaluate((e) => e.scrollIntoView({ block: 'center' }));
	const box = await grid.boundingBox();
	if (!box || !rows || !cols) throw new Error(`cannot find the cells of ${label}`);
	await page.mouse.move(
		box.x + ((j + 0.5) * box.width) / cols,
		box.y + ((i + 0.5) * box.height) / rows
	);
}

test('one-hot: pointing at a column of Y shows its digit and the row of its 1', async ({
	page
}) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /Labels → Y/ });
	await pointAt(page, widget.getByRole('application', { name: /^Y, 10 × \d+$/ }), 0, 2);
	const reading = widget.getByText(/^Image 2 is a \d/);
	await expect(reading).toBeVisible();
	const digit = /Image 2 is a (\d)/.exec((await reading.textContent()) ?? '')?.[1];
	await expect(reading).toContainText(`a 1 in row ${digit}`);
});

test('dZ[2]: pointing at a cell shows a − y for that digit and image', async ({ page }) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /dZ\[2\] = A\[2\] − Y/ });
	await pointAt(page, widget.getByRole('application', { name: /^dZ\[2\], 10 × \d+$/ }), 2, 1);
	await expect(widget.getByRole('heading', { name: /^Row 2 \(digit 2\), column 1/ })).toBeVisible();
	const [a, y, dz] = await Promise.all(
		['a', 'y', 'dz'].map(async (v) =>
			parse(await widget.locator(`[data-value="${v}"]`).textContent())
		)
	);
	expect([0, 1]).toContain(y);
	expect(Math.abs(a - y - dz)).toBeLessThan(1e-3);
});

test('dW[2]: pointing at an entry lists one term per image and the 1/m scaling', async ({
	page
}) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /^dW\[2\] =/ });
	await pointAt(page, widget.getByRole('application', { name: /^dW\[2\], 10 × 10$/ }), 3, 4);
	await expect(widget.getByRole('heading', { name: /^dW\[2\] row 3, column 4/ })).toBeVisible();
	const rows = widget.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(1 + 8);
	await expect(widget.locator('[data-value="gradient"]')).toHaveText(/\d/);
});

test('dW[1] is drawn as ten 28 × 28 images', async ({ page }) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /^dW\[1\] =/ });
	await expect(widget.getByRole('application', { name: 'dW[1], 10 × 784' })).toBeVisible();
	await expect(
		widget.getByRole('heading', { name: /pixel \d+ \(row \d+, column \d+\)/ })
	).toBeVisible();
});

test('db[2]: a row of dZ[2] flows into one cell, exactly the engine’s db[2]', async ({ page }) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /^db\[2\] =/ });
	await pointAt(page, widget.getByRole('application', { name: /^dZ\[2\], 10 × \d+$/ }), 5, 0);
	await expect(widget.getByRole('heading', { name: /^Row 5:/ })).toBeVisible();
	await expect(widget.getByRole('img', { name: /Row 5 of dZ\[2\]/ })).toBeVisible();
	const mean = (await widget.locator('.total > .exact').first().textContent())?.replace('=', '');
	expect(mean?.trim()).toBe((await widget.locator('[data-value="db"]').textContent())?.trim());
});

test('dZ[1]: pointing at a cell shows the ten terms and the switch g′', async ({ page }) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /^dZ\[1\] =/ });
	await pointAt(page, widget.getByRole('application', { name: /^dZ\[1\], 10 × \d+$/ }), 4, 3);
	await expect(widget.getByRole('heading', { name: 'Node 4, image 3' })).toBeVisible();
	await expect(widget.getByText(/g′ = [01]/)).toBeVisible();
	await expect(
		widget.getByRole('application', { name: /^g prime of Z\[1\], the slope mask, 10 × \d+$/ })
	).toBeVisible();
});

test('stepping back past dW[2] says it is not computed yet and offers to compute it', async ({
	page
}) => {
	await ready(page);
	const widget = page.getByRole('figure', { name: /^dW\[2\] =/ });
	const previous = page.getByRole('button', { name: 'Previous step' });
	// The page arrives after db[1]; five steps back, dZ[2] is the last one computed.
	for (let k = 0; k < 5; k++) await previous.click();
	await expect(
		widget.getByText('dW[2] has not been computed in this iteration yet.')
	).toBeVisible();
	await expect(widget.getByRole('application', { name: /^dW\[2\]/ })).toHaveCount(0);
	await widget.getByRole('button', { name: 'Compute dW[2]' }).click();
	await expect(widget.getByRole('application', { name: 'dW[2], 10 × 10' })).toBeVisible();
});
