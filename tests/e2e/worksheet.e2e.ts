import { expect, test, type Page } from '../support/guard';
import { readNumber } from '../support/numbers';
import { stepperReady } from '../support/lesson';

/** Opens a sheet; with `key`, ticks the teacher's answer key too. */
async function openSheet(page: Page, query = '', key = true) {
	await page.goto(`/worksheet/${query}`);
	await expect(page.locator('.worksheet table.blank').first()).toBeVisible({ timeout: 15_000 });
	if (!key) return;
	await page.getByLabel(/Answer key/).check();
	await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible();
}

/** The answer key's table for a caption, as numbers: rows of columns. */
async function keyTable(page: Page, caption: string): Promise<number[][]> {
	const figure = page.locator('.key figure').filter({ hasText: caption }).first();
	return figure
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? ''))
		)
		.then((rows) => rows.map((cells) => cells.map(readNumber)));
}

/** The lesson's exact value of one cell, read through its inspector from an address. */
async function lessonCell(page: Page, query: string): Promise<number> {
	await page.goto(`/backpropagation/?${query}`);
	await stepperReady(page);
	const exact = page.getByRole('region', { name: /^Inspector: / }).locator('.exact');
	await expect(exact).toHaveText(/\d/);
	return readNumber((await exact.textContent()) ?? '');
}

test('a student copy comes first: blanks to fill, the numbers given, and no answers', async ({
	page
}) => {
	await openSheet(page, '', false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('One iteration by hand');
	await expect(page.getByLabel(/Answer key/)).not.toBeChecked();
	await expect(page.locator('.key')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Answer key' })).toHaveCount(0);
	const blanks = page.locator('.worksheet > section:not(.key) table.blank td');
	expect(await blanks.count()).toBeGreaterThan(50);
	expect(await blanks.evaluateAll((tds) => tds.filter((td) => td.textContent?.trim()).length)).toBe(
		0
	);
	const given = page.locator('.worksheet > section:not(.key) table:not(.blank) td');
	expect(await given.count()).toBeGreaterThan(50);
	expect(await given.evaluateAll((tds) => tds.every((td) => /\d/.test(td.textContent ?? '')))).toBe(
		true
	);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print the worksheet' })).toBeHidden();
	await expect(page.locator('.site-header, .chapter-bar').first()).toBeHidden();
	await expect(page.locator('.worksheet > section').first()).toBeVisible();
	await expect(page.locator('.key')).toHaveCount(0);
});

test("the teacher's copy adds the answer key, after the blanks and on a page of its own", async ({
	page
}) => {
	await openSheet(page);
	// The key comes after every blank of the sheet.
	const order = await page.evaluate(() => {
		const key = document.querySelector('.key');
		const blanks = [...document.querySelectorAll('table.blank')];
		return key ? blanks.every((b) => b.compareDocumentPosition(key) & 4) : false;
	});
	expect(order).toBe(true);

	// Y: one 1 per image, in the row of its digit; A[2]: each column a probability distribution.
	const y = await keyTable(page, 'Y, one-hot');
	expect(y.length).toBe(10);
	expect(y.flat().filter((v) => v === 1).length).toBe(1);
	const a2 = await keyTable(page, 'A[2] = softmax');
	const sum = a2.reduce((total, row) => total + row[0], 0);
	expect(Math.abs(sum - 1)).toBeLessThan(5e-3);

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.key')).toBeVisible();
	expect(await page.locator('.key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe(
		'page'
	);
	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel(/Answer key/).uncheck();
	await expect(page.locator('.key')).toHaveCount(0);
});

test('the answer key agrees with the lesson the same address would show', async ({ page }) => {
	await openSheet(page, '?m=1&seed=2');
	const a2 = await keyTable(page, 'A[2] = softmax');
	const b2 = await keyTable(page, 'b[2] after the update');
	for (const row of [0, 4, 9]) {
		const fromLesson = await lessonCell(page, `m=1&seed=2&step=A2&inspect=A2&cell=${row},0`);
		expect(Math.abs(a2[row][0] - fromLesson)).toBeLessThanOrEqual(Math.abs(fromLesson) * 5e-4);
	}
	const updated = await lessonCell(page, 'm=1&seed=2&step=update-b2&inspect=b2&cell=3,0');
	expect(Math.abs(b2[3][0] - updated)).toBeLessThanOrEqual(Math.abs(updated) * 5e-4);
});

test('two images give every per-image table two columns; a bad seed keeps the last sheet', async ({
	page
}) => {
	await openSheet(page);
	const z1 = page.locator('.key figure').filter({ hasText: 'Z[1] = W[1] X' });
	await expect(z1.locator('.shape')).toHaveText('10 × 1');
	await page.getByRole('radio', { name: '2' }).check();
	await expect(z1.locator('.shape')).toHaveText('10 × 2');
	await expect(page.locator('.images figure')).toHaveCount(2);

	const before = await keyTable(page, 'A[2] = softmax');
	await page.getByLabel('Seed').fill('-7');
	await expect(page.getByRole('status')).toContainText('still showing seed 0');
	expect(await keyTable(page, 'A[2] = softmax')).toEqual(before);
	await page.getByLabel('Seed').fill('1');
	await expect.poll(() => keyTable(page, 'A[2] = softmax')).not.toEqual(before);
});
