import { expect, test } from '../support/guard';
import { set, status } from '../support/lab';

test.describe('the training lab’s parameter files', () => {
	test('a bad parameters file is explained and changes nothing', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Iterations', '321');
		await set(page, 'Seed', '7');
		const file = page.getByLabel('Parameters file to load');
		const alert = page.locator('#lab-save').getByRole('alert');

		await file.setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('W1 = [[0.1, 0.2], [0.3, 0.4]]')
		});
		await expect(alert).toContainText('notes.txt was not loaded: not JSON');

		const h = 10;
		const zeros = (rows: number, cols: number) => ({
			shape: [rows, cols],
			data: new Array(rows * cols).fill(0)
		});
		const wrongShape = {
			format: 'from-scratch-params',
			version: 1,
			setup: {
				network: { hidden: h, activation: 'relu', leakySlope: 0.01, init: 'uniform', seed: 0 },
				optimizer: { kind: 'gd', alpha: 0.1 },
				iterations: 500,
				trainSize: 60000
			},
			trained: { iterations: 500 },
			params: { W1: zeros(h, 780), b1: zeros(h, 1), W2: zeros(10, h), b2: zeros(10, 1) }
		};
		await file.setInputFiles({
			name: 'short.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(wrongShape))
		});
		await expect(alert).toContainText(
			'short.json was not loaded: params.W1: shape [10, 780] should be [10, 784]'
		);

		await expect(page.getByRole('textbox', { name: 'Iterations', exact: true })).toHaveValue('321');
		await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('7');
		await expect(status(page)).toHaveText('Not started.');
		await expect(page.getByText('the random start', { exact: true })).toBeVisible();
	});

	test('parameters saved to a file load back with their settings', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await set(page, 'Hidden nodes', '12');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 60_000 });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download parameters (JSON)' }).click()
		]);
		const saved = await download.path();

		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('button', { name: "Use the notes' settings" }).click();
		await expect(page.getByRole('textbox', { name: 'Hidden nodes' })).toHaveValue('10');
		await page.getByLabel('Parameters file to load').setInputFiles(saved);
		await expect(page.locator('#lab-save').getByRole('status')).toContainText(
			'a network trained for 3 iterations'
		);
		await expect(page.getByRole('textbox', { name: 'Hidden nodes' })).toHaveValue('12');
		await expect(page.getByRole('textbox', { name: 'Training images m' })).toHaveValue('1000');
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 60_000 });
		await expect(page.getByText('W[1]').first()).toBeVisible();
		await expect(page.getByText('12 × 784').first()).toBeVisible();
	});
});
