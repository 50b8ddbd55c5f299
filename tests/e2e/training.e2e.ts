import { expect, test, type Page } from '../support/guard';

/** The percentage a chart's reading gives for one series, e.g. "training accuracy: 81.0%". */
async function readingOf(page: Page, chart: string, series: string): Promise<number> {
	const plot = page.getByRole('application', { name: chart });
	const readout = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
	const text = await readout.getByText(`${series}:`).locator('..').innerText();
	const match = /(-?[\d.]+)%/.exec(text);
	if (!match) throw new Error(`no percentage in "${text}"`);
	return Number(match[1]);
}

test.describe('the training loop (chapter 7)', () => {
	test('raises the accuracy and grows its charts within a short run', async ({ page }) => {
		await page.goto('/the-model/');
		const loop = page.getByRole('figure', { name: /Training, live/ });
		await loop.getByRole('combobox', { name: /Training images/ }).selectOption('100');
		await loop.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(loop.getByText(/Iteration ([6-9]\d|\d{3}) of 500/)).toBeVisible({
			timeout: 20_000
		});
		await loop.getByRole('button', { name: 'Pause' }).click();

		const chart = 'Training and test accuracy per iteration';
		const plot = loop.getByRole('application', { name: chart });
		await expect(plot.locator('path').first()).toHaveAttribute('d', /M.*L/);
		await plot.focus();
		await page.keyboard.press('Home');
		await expect(loop.getByText('iteration 1', { exact: true })).toBeVisible();
		const first = await readingOf(page, chart, 'training accuracy');
		await page.keyboard.press('End');
		const last = await readingOf(page, chart, 'training accuracy');
		expect(last).toBeGreaterThan(first + 20);
		expect(await readingOf(page, chart, 'test accuracy')).toBeGreaterThan(first);
	});

	test('shows test digits with their predictions and can keep only the mistakes', async ({
		page
	}) => {
		await page.goto('/the-model/');
		const gallery = page.getByRole('region', { name: 'Predictions on test images' });
		await expect(gallery.getByRole('button', { name: /^Test image 0: label 7/ })).toBeVisible();
		await gallery.getByRole('button', { name: 'Only mistakes' }).click();
		const tiles = gallery.getByRole('button', { name: /^Test image \d+/ });
		await expect(tiles.first()).toBeVisible();
		for (const name of await tiles.evaluateAll((els) => els.map((e) => e.ariaLabel ?? ''))) {
			const [, label, predicted] = /label (\d), predicted (\d)/.exec(name) ?? [];
			expect(label).not.toBe(predicted);
		}
		await tiles.first().click();
		await expect(gallery.getByRole('table', { name: /A\[2\], column \d+/ })).toBeVisible();
	});
});

test.describe('learning rates (chapter 6)', () => {
	test('the too-large α demo reports a divergence with Leaky ReLU and dead nodes with ReLU', async ({
		page
	}) => {
		await page.goto('/updates-and-gradient-descent/');
		const demo = page.getByRole('figure', { name: /Too large a learning rate/ });
		const report = demo.getByRole('status');
		await expect(report).toContainText('The run diverged', { timeout: 20_000 });
		await expect(report).toContainText(/Iteration\s*\d+/);
		await expect(report).toContainText(/Cause\s*overflow/);
		await expect(demo.getByRole('application', { name: /Loss per iteration/ })).not.toContainText(
			'No points yet'
		);

		await demo.getByRole('radio', { name: 'ReLU', exact: true }).check();
		await expect(report).toContainText(/Every hidden node is dead|diverged/, { timeout: 20_000 });
		await expect(report).toContainText('Every hidden node is dead');
	});

	test('the scrubber moves α along a log scale and gives the page the chosen α', async ({
		page
	}) => {
		await page.goto('/updates-and-gradient-descent/');
		const scrubber = page.getByRole('figure', { name: /One step at any learning rate/ });
		const slider = scrubber.getByRole('slider');
		await expect(slider).toHaveAttribute('aria-valuetext', 'α = 0.1');
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', 'α = 0.2');
		await expect(scrubber.getByText(/One step of α = 0.2 takes the loss/)).toBeVisible();
		await scrubber.getByRole('button', { name: 'Use α = 0.2 on this page' }).click();
		await expect(scrubber.getByRole('button', { name: 'Use α = 0.2 on this page' })).toBeDisabled();
		await expect(scrubber.getByText(/One step of α = 0.2 takes the loss/)).toBeVisible();
	});

	test('Adam and gradient descent grow two curves from the same start', async ({ page }) => {
		await page.goto('/updates-and-gradient-descent/');
		const demo = page.getByRole('figure', { name: /Adam beside gradient descent/ });
		await demo.getByRole('combobox', { name: /Images/ }).selectOption('100');
		await demo.getByRole('button', { name: 'Train both' }).click();
		await expect(demo.getByText(/Iteration \d{2,3} of 300/)).toBeVisible({ timeout: 10_000 });
		const plot = demo.getByRole('application', { name: /Loss per iteration/ });
		await plot.focus();
		await page.keyboard.press('Home');
		const readout = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
		// Same images, same start: iteration 1's loss is the same for both, to the last digit.
		const item = (name: string) =>
			readout.getByRole('listitem').filter({ hasText: name }).innerText();
		const gd = await item('gradient descent, α = 0.1:');
		const adam = await item('Adam, α = 0.001:');
		const exact = (text: string) => text.trim().split(/\s=\s/).at(-1);
		expect(exact(gd)).toMatch(/^\d/);
		expect(exact(gd)).toBe(exact(adam));
	});

	// One run made to fail: the status names it as the legend does, and which curve it is.
	const failing: { alpha: 'gradient descent' | 'Adam'; value: string; says: RegExp }[] = [
		{
			alpha: 'gradient descent',
			value: '100',
			says: /gradient descent, α = 100 \(the solid curve\) (is not learning: its loss rose from [\d.]+ to about [\d.]+|diverged in iteration \d+)/
		},
		{
			alpha: 'Adam',
			value: '100',
			says: /Adam, α = 100 \(the dashed curve\) (is not learning: its loss rose from [\d.]+ to about [\d.]+|diverged in iteration \d+|is getting worse)/
		}
	];
	for (const { alpha, value, says } of failing) {
		test(`Adam beside gradient descent names the run that failed: ${alpha} at α = ${value}`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			await page.goto('/updates-and-gradient-descent/');
			const demo = page.getByRole('figure', { name: /Adam beside gradient descent/ });
			await demo.getByRole('combobox', { name: /Images/ }).selectOption('100');
			const field = demo.getByRole('spinbutton', { name: `α for ${alpha}` });
			await field.fill(value);
			await field.press('Enter');
			await field.blur();
			await demo.getByRole('button', { name: 'Train both' }).click();
			const where = demo.getByRole('group', { name: 'Run' });
			await expect(where).toContainText(/Iteration \d+ of 300 — finished/, { timeout: 45_000 });
			await expect(where).toContainText(says);
			// Only the run that failed is named: the other one learned.
			const other = alpha === 'Adam' ? 'gradient descent, α' : 'Adam, α';
			await expect(where).not.toContainText(other);
			await expect(where).not.toContainText('neither');
		});
	}
});
