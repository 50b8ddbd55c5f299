import { readFileSync } from 'node:fs';
import { sourceChapters } from '../support/chapters';
import { expect, test, type Page } from '../support/guard';

const chapters = sourceChapters();

/** Waits until the page's engine has its data (the step controller or a widget is live). */
async function ready(page: Page) {
	await expect(page.locator('.widget .loading')).toHaveCount(0, { timeout: 15_000 });
}

async function exactValue(page: Page): Promise<string> {
	const text = await page
		.getByRole('region', { name: /Inspector/ })
		.locator('.exact')
		.textContent();
	return (text ?? '').replace('=', '').trim();
}

for (const chapter of chapters) {
	test(`${chapter.folder}: every display equation is tied to a live widget`, async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		const shown = new Set(
			await page
				.locator('.widget [data-symbol]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')))
		);
		const equations = await page
			.locator('.prose .math-display')
			.evaluateAll((els) =>
				els.map((e) =>
					[...e.querySelectorAll('[data-symbol]')].map((s) => s.getAttribute('data-symbol'))
				)
			);
		expect(equations.length).toBeGreaterThan(0);
		for (const [k, symbols] of equations.entries()) {
			expect(
				symbols.some((s) => shown.has(s)),
				`equation ${k + 1} (${symbols.join(', ') || 'no symbols'})`
			).toBe(true);
		}
	});
}

test('hovering a symbol in an equation highlights its matrix in the widgets, and back', async ({
	page
}) => {
	await page.goto('/forward-propagation/');
	await ready(page);
	const widgetW1 = page.locator('.widget figure[data-symbol="W1"]').first();
	await expect(widgetW1).not.toHaveAttribute('data-linked', 'true');
	await page.locator('.math-display [data-symbol="W1"]').first().hover();
	await expect(widgetW1).toHaveAttribute('data-linked', 'true');
	await page.locator('h1').hover();
	await expect(widgetW1).not.toHaveAttribute('data-linked', 'true');
	await widgetW1.hover();
	await expect(page.locator('.math-display [data-symbol="W1"]').first()).toHaveAttribute(
		'data-linked',
		'true'
	);
});

test('the inspector shows W[1] as 10 × 784 and reads its cells', async ({ page }) => {
	await page.goto('/backpropagation/');
	await ready(page);
	await page.getByLabel('Inspect').selectOption('W1');
	const inspector = page.getByRole('region', { name: 'Inspector: W[1]' });
	await expect(inspector.getByText('10 × 784', { exact: true })).toBeVisible();
	await expect(
		inspector.getByRole('application', { name: 'W[1], 10 × 784', exact: true })
	).toBeVisible();
	await inspector.getByRole('application', { name: 'W[1], 10 × 784', exact: true }).focus();
	await expect(inspector.locator('.readout')).toContainText('row 0, column 406');
	await page.keyboard.press('ArrowRight');
	await expect(inspector.locator('.readout')).toContainText('row 0, column 407');
});

test('stepping through an iteration changes W[1] and the loss; stepping back restores them exactly', async ({
	page
}) => {
	await page.goto('/backpropagation/');
	await ready(page);
	await page.getByLabel('Inspect').selectOption('W1');
	await page.getByRole('application', { name: 'W[1], 10 × 784', exact: true }).focus();
	const before = await exactValue(page);
	const loss = page.locator('[data-value="loss"]').first();
	const lossBefore = await loss.textContent();

	const next = page.getByRole('button', { name: 'Next step' });
	await next.click(); // W[1] := W[1] − α dW[1]
	const after = await exactValue(page);
	expect(after).not.toBe(before);
	for (let k = 0; k < 3 + 5; k++) await next.click(); // the other updates, then forward to A[2]
	await expect(loss).not.toHaveText(lossBefore ?? '');

	const previous = page.getByRole('button', { name: 'Previous step' });
	for (let k = 0; k < 9; k++) await previous.click();
	await expect(loss).toHaveText(lossBefore ?? '');
	expect(await exactValue(page)).toBe(before);
});

test('the current iteration downloads as a trace that matches the page', async ({ page }) => {
	await page.goto('/backpropagation/');
	await ready(page);
	// The page's W[1] at the cell the inspector reads first (row 0, column 406).
	await page.getByLabel('Inspect').selectOption('W1');
	const inspector = page.getByRole('region', { name: 'Inspector: W[1]' });
	await inspector.getByRole('application', { name: 'W[1], 10 × 784', exact: true }).focus();
	await expect(inspector.locator('.readout')).toContainText('row 0, column 406');
	const w1 = Number((await exactValue(page)).replace('−', '-'));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /Download trace/i }).click();
	const file = await (await download).path();
	const trace = JSON.parse(readFileSync(file, 'utf8'));
	expect(trace.format).toBe('from-scratch-trace');
	expect(trace.X.shape).toEqual([784, 8]);
	expect(trace.before.W1.shape).toEqual([10, 784]);
	// This iteration has not updated W[1] yet: the trace's W[1] before is the page's, exactly.
	expect(trace.before.W1.data[406]).toBe(w1);
	expect(trace.dW1.shape).toEqual([10, 784]);
	const shown = await page.locator('[data-value="loss"]').first().textContent();
	expect(Number(trace.loss.toPrecision(4))).toBe(Number(shown));
});
