import { expect, test } from '../support/guard';

test.describe('where the notes slip (appendix)', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/where-the-notes-slip/');
	});

	test('the shape demo shows the engine’s error naming both shapes', async ({ page }) => {
		const demo = page.getByRole('figure', { name: /The notes' shapes, given to the engine/ });
		const answer = demo.getByRole('status');
		await expect(answer).toContainText('ShapeError');
		await expect(answer).toContainText('[10×8]·[784×8]');

		await demo.getByRole('radio', { name: /10 × 789/ }).check();
		await expect(answer).toContainText('[10×789]·[784×8], inner dims 789 ≠ 784');

		await demo.getByRole('radio', { name: /dW\[1\] labelled 10 × 728/ }).check();
		await expect(answer).toContainText('[10×784] and its gradient [10×728]');

		await demo.getByRole('radio', { name: /the right shapes/ }).check();
		await expect(answer).toContainText('the result is 10 × 8');
	});

	test('the scalar-db demo shows the notebook’s db[2] is 0 up to rounding', async ({ page }) => {
		const demo = page.getByRole('figure', { name: /db\[2\] as one number/ });
		const value = demo.getByRole('status').locator('output');
		await expect(value).toBeVisible();
		const text = (await value.innerText()).replace('−', '-');
		expect(Number.isFinite(Number(text))).toBe(true);
		expect(Math.abs(Number(text))).toBeLessThan(1e-12);
	});

	test('the softmax demo breaks the notebook’s form and not the stable one', async ({ page }) => {
		const demo = page.getByRole('figure', { name: /The notebook's softmax and the stable one/ });
		await expect(demo.getByRole('status')).toContainText('Both forms agree');
		await demo.getByRole('slider').focus();
		await page.keyboard.press('End');
		await expect(demo.getByRole('status')).toContainText('NaN');
		const rows = demo.getByRole('row').filter({ has: page.getByRole('rowheader') });
		await expect(rows).toHaveCount(10);
		let sum = 0;
		let broken = 0;
		for (const row of await rows.all()) {
			const cells = await row.getByRole('cell').allInnerTexts();
			expect(cells).toHaveLength(3);
			const [, naive, stable] = cells.map((c) => Number(c.trim().replace('−', '-')));
			// The stable form: a probability; the notebook's: a probability or NaN, nothing else.
			expect(stable).toBeGreaterThanOrEqual(0);
			expect(stable).toBeLessThanOrEqual(1);
			sum += stable;
			if (Number.isNaN(naive)) broken++;
			else expect(naive).toBeGreaterThanOrEqual(0);
		}
		expect(sum).toBeCloseTo(1, 3);
		expect(broken).toBeGreaterThan(0);
		await expect(demo.getByRole('status')).toContainText(`NaN for ${broken} of 10`);
		await expect(demo.getByRole('cell', { name: 'NaN' }).first()).toBeVisible();
	});

	test('randn − 0.5 switches off every hidden node, rand − 0.5 does not', async ({ page }) => {
		const demo = page.getByRole('figure', { name: /rand − 0.5 against randn − 0.5/ });
		const dead = (name: RegExp) =>
			demo
				.getByRole('region', { name })
				.getByText(/Dead hidden nodes/)
				.innerText();
		const slip = await dead(/randn/);
		const [, count, of] = /(\d+) of (\d+)/.exec(slip) ?? [];
		expect(count).toBe(of);
		const right = await dead(/uniform/);
		const [, alive, total] = /(\d+) of (\d+)/.exec(right) ?? [];
		expect(Number(alive)).toBeLessThan(Number(total));
	});

	test('the missing-g′ demo trains both versions side by side', async ({ page }) => {
		test.setTimeout(120_000);
		const demo = page.getByRole('figure', { name: /with and without g′/ });
		await demo.getByRole('combobox', { name: /Training images/ }).selectOption('300');
		await demo.getByRole('button', { name: 'Train both' }).click();
		await expect(demo.getByText(/Iteration \d{2,3} of 200/)).toBeVisible({ timeout: 10_000 });
		await expect(demo.getByText(/latest/)).toHaveCount(2);
		await expect(demo.getByText(/Iteration 200 of 200 — finished/)).toBeVisible({
			timeout: 100_000
		});
		// Both ran to the end from one start, and dropping g′ changed where the loss ended.
		const last = async (k: number) =>
			Number((await demo.locator(`[data-value="last-${k}"]`).innerText()).replace('−', '-'));
		const [right, slip] = [await last(0), await last(1)];
		expect(Number.isFinite(right) && Number.isFinite(slip)).toBe(true);
		expect(slip).not.toBe(right);
		const words = await demo.locator('.slip-verdict').innerText();
		const [, start] = /the loss went from ([\d.]+) to/.exec(words) ?? [];
		expect(right).toBeLessThan(Number(start));
	});
});
