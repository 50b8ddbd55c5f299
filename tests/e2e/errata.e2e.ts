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
		for (const row of await rows.all()) {
			const [, naive, stable] = await row.getByRole('cell').allInnerTexts();
			expect(stable).not.toBe('NaN');
			expect(naive).toBeDefined();
		}
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
		const demo = page.getByRole('figure', { name: /with and without g′/ });
		await demo.getByRole('combobox', { name: /Training images/ }).selectOption('300');
		await demo.getByRole('button', { name: 'Train both' }).click();
		await expect(demo.getByText(/Iteration \d{2,3} of 200/)).toBeVisible({ timeout: 10_000 });
		await expect(demo.getByText(/latest/)).toHaveCount(2);
	});
});
