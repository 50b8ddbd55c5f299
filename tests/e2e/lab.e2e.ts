import { expect, test, type Page } from '../support/guard';
import { set, status } from '../support/lab';

/** The percentage a chart reads for one series at the reading's current x. */
async function reading(page: Page, chart: string, series: string): Promise<number> {
	const plot = page.getByRole('application', { name: chart });
	const readout = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
	const text = await readout.getByText(`${series}:`).locator('..').innerText();
	const match = /(-?[\d.]+)%/.exec(text);
	if (!match) throw new Error(`no percentage in "${text}"`);
	return Number(match[1]);
}

test.describe('the training lab', () => {
	test('a short run on 1,000 images grows the charts and raises the accuracy', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '20');
		await set(page, 'Learning rate α', '0.5');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 20 iterations.', { timeout: 60_000 });

		const chart = 'Training and test accuracy per iteration';
		const plot = page.getByRole('application', { name: chart });
		await expect(plot.locator('path').first()).toHaveAttribute('d', /M.*L/);
		await expect(page.getByRole('application', { name: 'Loss per iteration' })).not.toContainText(
			'Press Start'
		);
		await plot.focus();
		await page.keyboard.press('Home');
		const first = await reading(page, chart, 'training accuracy');
		await page.keyboard.press('End');
		await expect(page.getByText('iteration 20', { exact: true })).toBeVisible();
		expect(await reading(page, chart, 'training accuracy')).toBeGreaterThan(first + 10);
		expect(await reading(page, chart, 'test accuracy')).toBeGreaterThan(first + 10);

		await expect(page.getByRole('table', { name: /Confusion matrix on the 10,000/ })).toBeVisible();
		await page.getByRole('checkbox', { name: 'Only mistakes' }).check();
		const tiles = page.getByRole('button', { name: /^Test image \d+: label/ });
		await expect(tiles.first()).toBeVisible();
		for (const name of await tiles.evaluateAll((all) => all.map((e) => e.ariaLabel ?? ''))) {
			const [, label, predicted] = /label (\d), predicted (\d)/.exec(name) ?? [];
			expect(label).not.toBe(predicted);
		}
	});

	test('the run can be paused, stepped one iteration, resumed and reset', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '5000');
		// The confusion matrix is laid out before the first test, empty, so that filling it in
		// moves nothing below it; none of its cells can be chosen yet.
		const empty = page.getByRole('table', { name: /^Confusion matrix, empty/ });
		const cells = (table: typeof empty) =>
			table.getByRole('button', { name: /^label \d, predicted \d/ });
		await expect(cells(empty)).toHaveCount(100);
		expect(await cells(empty).and(page.locator(':enabled')).count()).toBe(0);
		const height = (await empty.boundingBox())?.height;
		await page.getByRole('button', { name: 'Step one iteration' }).click();
		await expect(status(page)).toHaveText('Paused after iteration 1.', { timeout: 60_000 });
		const filled = page.getByRole('table', { name: /^Confusion matrix on the 10,000/ });
		await expect(cells(filled).and(page.locator(':enabled')).first()).toBeVisible();
		expect((await filled.boundingBox())?.height).toBe(height);
		await page.getByRole('button', { name: 'Resume' }).click();
		await expect(status(page)).toHaveText('Training…');
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(status(page)).toHaveText(/^Paused after iteration \d+\.$/);
		const paused = Number(/(\d+)\.$/.exec((await status(page).textContent()) ?? '')?.[1]);
		expect(paused).toBeGreaterThan(1);
		expect(paused).toBeLessThan(5000);
		await page.getByRole('button', { name: 'Step one iteration' }).click();
		await expect(status(page)).toHaveText(`Paused after iteration ${paused + 1}.`);
		await expect(
			page.getByText(`after iteration ${paused + 1}, minus the random start`)
		).toBeVisible();
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(status(page)).toHaveText('Not started.');
		await expect(empty).toBeVisible();
		await expect(page.getByRole('application', { name: 'Loss per iteration' })).toContainText(
			'Press Start'
		);
	});

	test('a stroke drawn on the pad gives ten probabilities that sum to 1', async ({ page }) => {
		await page.goto('/lab/');
		const pad = page.getByRole('img', { name: /Drawing pad/ });
		await pad.scrollIntoViewIfNeeded();
		const box = (await pad.boundingBox())!;
		await page.mouse.move(box.x + 80, box.y + 60);
		await page.mouse.down();
		await page.mouse.move(box.x + 200, box.y + 60, { steps: 10 });
		await page.mouse.move(box.x + 130, box.y + 240, { steps: 12 });
		await page.mouse.up();

		const table = page.getByRole('table', {
			name: /A\[2\], the probability of each digit for your drawing/
		});
		await expect(table).toBeVisible();
		const values = await table
			.locator('[data-exact]')
			.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-exact'))));
		expect(values).toHaveLength(10);
		expect(values.every((p) => p >= 0 && p <= 1)).toBe(true);
		expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		for (const name of ['Z[1]', 'A[1]', 'Z[2]', 'A[2]']) {
			await expect(page.getByRole('application', { name: `${name}, 10 × 1` })).toBeVisible();
		}

		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(table).toBeHidden();
	});

	test('loading the images can be cancelled, and a failed load can be tried again', async ({
		page,
		guard
	}) => {
		test.setTimeout(90_000);
		// Hold the largest file back, as a slow connection would.
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/data/train-images-idx3-ubyte.gz', async (route) => {
			await held;
			await route.continue().catch(() => {});
		});
		await page.goto('/lab/');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(page.getByRole('progressbar')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel loading' }).click();
		await expect(page.getByText('Loading was cancelled.')).toBeVisible();
		await expect(status(page)).toHaveText('Not started.');
		release();
		await page.unroute('**/data/train-images-idx3-ubyte.gz');

		guard.allowConsoleError(/404|Failed to load resource/);
		await page.route('**/data/train-images-idx3-ubyte.gz', (route) =>
			route.fulfill({ status: 404, body: 'gone' })
		);
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		const problem = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await expect(problem).toContainText('HTTP 404');
		await page.unroute('**/data/train-images-idx3-ubyte.gz');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '2');
		await problem.getByRole('button', { name: 'Try again' }).click();
		await expect(status(page)).toHaveText('Done: 2 iterations.', { timeout: 60_000 });
	});

	test('a run that diverges shows the engine’s report, not an empty chart', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/lab/');
		await page.getByRole('combobox', { name: 'Activation g' }).selectOption('leaky-relu');
		await set(page, 'Learning rate α', '50');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '200');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		const report = page.getByRole('alert').filter({ hasText: 'Training stopped' });
		await expect(report).toContainText(/diverged in iteration \d+: .* α = 50 is too large/, {
			timeout: 60_000
		});
		await expect(status(page)).toContainText('Stopped: the run diverged');
		await expect(page.getByRole('application', { name: 'Loss per iteration' })).not.toContainText(
			'Press Start'
		);
	});

	test('an out-of-range setting is clamped and the page says so', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Iterations', '9000');
		await expect(page.getByRole('textbox', { name: 'Iterations', exact: true })).toHaveValue(
			'5000'
		);
		await expect(page.getByRole('alert').filter({ hasText: 'Iterations = ' })).toHaveText(
			'Iterations = “9000” is outside 1 … 5,000; using 5,000.'
		);
		await set(page, 'Learning rate α', 'fast');
		await expect(page.getByRole('textbox', { name: 'Learning rate α' })).toHaveValue('0.1');
		await expect(page.getByText('α = “fast” is not a decimal number; using 0.1.')).toBeVisible();
		// Number() would read these as 16, 15 and 3; a learner typing them means no such thing.
		for (const typed of ['0x10', '0o17', '0b11']) {
			await set(page, 'Learning rate α', typed);
			await expect(page.getByRole('textbox', { name: 'Learning rate α' })).toHaveValue('0.1');
			await expect(
				page.getByText(`α = “${typed}” is not a decimal number; using 0.1.`)
			).toBeVisible();
		}
	});
});
