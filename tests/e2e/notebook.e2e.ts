import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';

const BUILD = process.env.E2E_BUILD ?? 'build';

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled({ timeout: 15_000 });
}

/** The cell for `name`, scrolled into view. */
async function cell(page: Page, name: string): Promise<Locator> {
	const found = page.locator(`[data-cell="${name}"]`).first();
	await found.scrollIntoViewIfNeeded();
	return found;
}

/** Clicks into the cell, waits for CodeMirror to take over, types `code` and presses Shift+Enter. */
async function write(page: Page, found: Locator, name: string, code: string) {
	await found.getByRole('textbox', { name: `Code for ${name}` }).click();
	await expect(found.locator('.cm-content')).toBeFocused();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(code);
	await page.keyboard.press('Shift+Enter');
}

const verdict = (found: Locator) => found.locator('[data-verdict]');
/** The cell's own polite live region (the matrix view and CodeMirror have theirs). */
const spoken = (found: Locator) => found.locator('[aria-live="polite"][data-announce]');

test('correct lines, in any spelling, match the engine', async ({ page }) => {
	await open(page, '/forward-propagation/');
	const z1 = await cell(page, 'Z1');
	await expect(z1.getByText('Shift+Enter runs · Esc then Tab leaves the editor')).toBeVisible();
	for (const code of ['Z1 = W1 @ X + b1', 'Z1 = np.dot(W1, X) + b1', 'Z1 = W1.dot(A0) + b1']) {
		await write(page, z1, 'Z1', code);
		await expect(verdict(z1)).toHaveAttribute('data-verdict', 'match');
		await expect(verdict(z1)).toContainText('Matches the engine’s Z1: bit for bit');
		await expect(spoken(z1)).toHaveText(/^Matches the engine’s Z1/);
	}
	// The result is in the site's matrix view, with its shape.
	await expect(z1.getByRole('figure').getByLabel('shape 10 × 8')).toBeVisible();
	// Once the learner types, Tab indents; Esc then Tab leaves the editor for the next control.
	await z1.locator('.cm-content').click();
	await page.keyboard.press('End');
	await page.keyboard.type(' ');
	await page.keyboard.press('Tab');
	await expect(z1.locator('.cm-content')).toBeFocused();
	await expect(z1.locator('.cm-content')).toHaveText(/^ {4}Z1 = W1\.dot/);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await expect(z1.getByRole('button', { name: /^Run/ })).toBeFocused();
	// Tabbing through the page passes over a cell's editor without typing into it.
	await page.keyboard.press('Shift+Tab');
	await expect(z1.locator('.cm-content')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(z1.locator('.cm-content')).not.toBeFocused();
});

test('a mis-shaped product gets numpy’s error, naming both shapes', async ({ page }) => {
	await open(page, '/forward-propagation/');
	const z1 = await cell(page, 'Z1');
	await write(page, z1, 'Z1', 'Z1 = W1 @ X.T + b1');
	await expect(verdict(z1)).toHaveAttribute('data-verdict', 'error');
	const message =
		'ValueError: matmul: shapes (10, 784) and (8, 784) are not aligned: 784 (dim 1) != 8 (dim 0)';
	await expect(verdict(z1)).toContainText(message);
	await expect(verdict(z1)).toContainText('The right one’s .T would fit: (784, 8).');
	await expect(spoken(z1)).toContainText(message);
	// The code the error came from is marked in the editor.
	await expect(z1.locator('.cm-error-span')).toHaveText('W1 @ X.T');
});

test('the scalar db and the missing g′ are recognised as the notes’ slips', async ({ page }) => {
	await open(page, '/backpropagation/');
	const db2 = await cell(page, 'db2');
	await write(page, db2, 'db2', 'db2 = 1/m * np.sum(dZ2)');
	await expect(verdict(db2)).toHaveAttribute('data-verdict', 'shape');
	await expect(verdict(db2)).toContainText(
		'Shape differs: yours is a single number, the engine’s db2 is 10 × 1'
	);
	await expect(db2.locator('[data-slip="scalar-db"]')).toContainText('np.sum without an axis');
	await expect(
		db2.getByRole('link', { name: '“One bias gradient for the whole layer”' })
	).toHaveAttribute('href', /^\/where-the-notes-slip\/?$/);

	const dZ1 = await cell(page, 'dZ1');
	await write(page, dZ1, 'dZ1', 'dZ1 = np.dot(W2.T, dZ2)');
	await expect(verdict(dZ1)).toHaveAttribute('data-verdict', 'values');
	await expect(verdict(dZ1)).toContainText(
		/Values differ: largest difference [\d.]+ at row \d, column \d/
	);
	await expect(dZ1.locator('[data-slip="no-g-prime"]')).toContainText('without ⊙ g′(Z1)');
	await expect(spoken(dZ1)).toContainText('without ⊙ g′(Z1)');

	await write(page, dZ1, 'dZ1', 'dZ1 = W2.T.dot(dZ2) * (Z1 > 0)');
	await expect(verdict(dZ1)).toHaveAttribute('data-verdict', 'match');
});

test('cells use the learner’s earlier results, say when they differ, and reset', async ({
	page
}) => {
	await open(page, '/forward-propagation/');
	const z1 = await cell(page, 'Z1');
	await write(page, z1, 'Z1', 'Z1 = W1 @ X');
	await expect(verdict(z1)).toHaveAttribute('data-verdict', 'values');
	await expect(z1.locator('[data-slip="no-bias"]')).toBeVisible();
	const a1 = await cell(page, 'A1');
	await expect(a1.getByRole('note')).toContainText('Z1 (by up to');
	await write(page, a1, 'A1', 'A1 = np.maximum(Z1, 0)');
	await expect(verdict(a1)).toHaveAttribute('data-verdict', 'own-inputs');
	await expect(verdict(a1)).toContainText('only because your Z1 does');
	await a1.getByRole('button', { name: 'Reset to the engine’s values' }).click();
	await expect(a1.getByRole('note')).toHaveCount(0);
	await expect(verdict(a1)).toHaveCount(0);
	// The code stays; running it again now uses the engine's Z1.
	await a1.getByRole('button', { name: /^Run/ }).click();
	await expect(verdict(a1)).toHaveAttribute('data-verdict', 'match');
});

test('changing the activation re-runs what was run, and the code survives a reload', async ({
	page
}) => {
	await open(page, '/forward-propagation/');
	const a1 = await cell(page, 'A1');
	await write(page, a1, 'A1', 'A1 = np.maximum(Z1, 0)');
	await expect(verdict(a1)).toHaveAttribute('data-verdict', 'match');
	await page.getByRole('radio', { name: 'Leaky ReLU (slope 0.01)' }).check();
	await expect(verdict(a1)).toHaveAttribute('data-verdict', 'values');
	await expect(a1.locator('[data-slip="other-activation"]')).toContainText(
		'This is ReLU; the page’s network uses Leaky ReLU'
	);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled({ timeout: 15_000 });
	const again = await cell(page, 'A1');
	await expect(again.locator('.cm-content')).toHaveText('A1 = np.maximum(Z1, 0)');
	// Run before the reload, so judged again on arrival.
	await expect(verdict(again)).toHaveCount(1);
});

test('the whole iteration, from the notes’ lines, ends with the learner’s W[1] equal to the engine’s', async ({
	page
}) => {
	test.setTimeout(60_000);
	await open(page, '/the-iteration-in-numpy/');
	const cells = page.locator('[data-cell]');
	await expect(cells).toHaveCount(14);
	for (const found of await cells.all()) {
		await found.getByRole('button', { name: 'Show the notes’ line' }).click();
		await found.getByRole('button', { name: 'Put it in the cell' }).click();
	}
	await page.getByRole('button', { name: 'Run all cells' }).first().click();
	await expect(page.locator('[data-verdict="match"]')).toHaveCount(14);
	const summary = page.getByRole('figure', { name: /Your W\[1\] after one iteration/ });
	await expect(summary.getByRole('status')).toContainText(
		'Matches the engine’s W1: bit for bit. Every line that leads to it is yours.'
	);
	await expect(summary.getByLabel('shape 10 × 784')).toHaveCount(2);
});

test('running cells breaks no part of the Content-Security-Policy, which has no unsafe-eval', async ({
	page
}) => {
	const html = readFileSync(join(BUILD, 'the-iteration-in-numpy', 'index.html'), 'utf8');
	const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
	const scripts = (/ script-src ([^;]+)/.exec(` ${policy}`)?.[1] ?? '').split(/\s+/);
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain("'unsafe-eval'");
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __violations: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	await open(page, '/softmax/');
	const a2 = await cell(page, 'A2');
	await write(page, a2, 'A2', 'A2 = np.exp(Z2) / sum(np.exp(Z2))');
	await expect(verdict(a2)).toHaveAttribute('data-verdict', 'match');
	await expect(a2.locator('[data-slip="overflow-prone"]')).toContainText('gives NaN');
	const violations = await page.evaluate(
		() => (window as unknown as { __violations: string[] }).__violations
	);
	expect(violations).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	test('a learner can tap into a cell, type and run it', async ({ page }) => {
		await open(page, '/updates-and-gradient-descent/');
		const w1 = await cell(page, 'W1');
		await w1.getByRole('textbox', { name: 'Code for W1' }).tap();
		await expect(w1.locator('.cm-content')).toBeFocused();
		await page.keyboard.type('W1 = W1 + alpha * dW1');
		await w1.getByRole('button', { name: /^Run/ }).tap();
		await expect(verdict(w1)).toHaveAttribute('data-verdict', 'values');
		await expect(w1.locator('[data-slip="step-size"]')).toContainText('a step up the loss');
		await expect(verdict(w1)).toBeInViewport();
		const width = await w1.evaluate((e) => e.getBoundingClientRect().right);
		expect(width).toBeLessThanOrEqual(375);
	});
});

test('projector mode enlarges the editor', async ({ page }) => {
	await open(page, '/softmax/');
	const a2 = await cell(page, 'A2');
	const editor = a2.locator('.cm-content');
	await expect(editor).toBeVisible();
	const size = () => editor.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
	const normal = await size();
	await page.keyboard.press('p');
	await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
	// The root grows by half in projector mode; the code by more than that.
	expect(await size()).toBeGreaterThan(normal * 1.5);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit, the editor and the evaluator work with the network off', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await context.setOffline(true);
		await open(page, '/backpropagation/');
		const dZ2 = await cell(page, 'dZ2');
		await write(page, dZ2, 'dZ2', 'dZ2 = A2 - Y');
		await expect(verdict(dZ2)).toHaveAttribute('data-verdict', 'match');
	});
});
