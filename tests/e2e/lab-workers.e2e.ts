import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '../support/guard';
import { set, status } from '../support/lab';

/** The first whole number in a piece of the page's text matching `pattern` (group 1). */
async function numberIn(page: Page, pattern: RegExp): Promise<number> {
	const text = await page.getByText(pattern).first().innerText();
	return Number(pattern.exec(text)?.[1]?.replace(/,/g, ''));
}

/** A 7 as a learner draws one: a bar across the top, then a stroke down to the bottom left. */
async function drawSeven(page: Page) {
	const pad = page.getByRole('img', { name: /Drawing pad/ });
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + 60, box.y + 50);
	await page.mouse.down();
	await page.mouse.move(box.x + 220, box.y + 50, { steps: 10 });
	await page.mouse.move(box.x + 120, box.y + 250, { steps: 14 });
	await page.mouse.up();
}

/** The report's test accuracy, as written ("83.48%"). */
const testAccuracy = async (page: Page) =>
	/test accuracy\s*([\d.]+%)/.exec(await page.locator('#lab-report p').first().innerText())?.[1];

test.describe('the lab on several workers', () => {
	test('shares the images among the workers set, says why, and gets the same answer', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '20');
		await set(page, 'Learning rate α', '0.5');
		await set(page, 'Workers', '3');
		const note = page.locator('#lab-train p.workers');
		await expect(note).toContainText('3 workers share the 1,000 images');
		await expect(note.getByRole('link', { name: /like db/ })).toHaveAttribute(
			'href',
			'/backpropagation/?step=db2'
		);
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 20 iterations.', { timeout: 90_000 });
		await expect(page.locator('#lab-report')).toContainText('on 3 workers');
		const onThree = await testAccuracy(page);
		expect(onThree).toMatch(/^\d+\.\d\d%$/);

		await set(page, 'Workers', '1');
		await expect(page.getByText('these apply when you press Start again')).toBeVisible();
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(status(page)).toHaveText('Done: 20 iterations.', { timeout: 90_000 });
		await expect(note).toContainText('One worker holds all 1,000 images');
		await expect(page.locator('#lab-report')).toContainText('on 1 worker, in WebAssembly.');
		expect(await testAccuracy(page)).toBe(onThree);
	});

	test('keeps every picture moving while it trains, with Pause the filled button', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '5000');
		await set(page, 'Iterations', '5000');
		await drawSeven(page);
		await expect(page.getByText(/^Through the untrained network/)).toBeVisible();
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Training…', { timeout: 60_000 });

		const pause = page.getByRole('button', { name: 'Pause' });
		const again = page.getByRole('button', { name: 'Start again' });
		const fill = (button: typeof pause) =>
			button.evaluate((b) => getComputedStyle(b).backgroundColor);
		const filled = await fill(pause);
		expect(filled).not.toBe(await fill(again));
		expect(await fill(again)).toBe('rgb(255, 255, 255)');

		const weights = /after iteration ([\d,]+), minus the random start/;
		const tested = /On the 10,000 test images after iteration ([\d,]+), updated/;
		const drawn = /^Through the network after iteration ([\d,]+):/;
		const table = page.getByRole('table', { name: /Confusion matrix/ });
		await expect(page.getByText(tested)).toBeVisible({ timeout: 30_000 });
		await expect(page.getByText(drawn)).toBeVisible();
		const before = {
			weights: await numberIn(page, weights),
			tested: await numberIn(page, tested),
			drawn: await numberIn(page, drawn),
			counts: await table.innerText()
		};
		// Each picture moves on by itself while the run goes on: no pause, no step.
		await expect
			.poll(() => numberIn(page, tested), { timeout: 30_000 })
			.toBeGreaterThan(before.tested);
		await expect
			.poll(() => numberIn(page, weights), { timeout: 10_000 })
			.toBeGreaterThan(before.weights);
		await expect
			.poll(() => numberIn(page, drawn), { timeout: 10_000 })
			.toBeGreaterThan(before.drawn);
		// Polled, not read once: `before` is four reads, and an evaluation can land between
		// the note's and the table's, leaving the table already at the note's next number.
		await expect.poll(() => table.innerText(), { timeout: 30_000 }).not.toBe(before.counts);
		await expect(status(page)).toHaveText('Training…');
		await pause.click();
		await expect(status(page)).toHaveText(/^Paused after iteration \d+\.$/);
		await expect(page.getByRole('button', { name: 'Resume' })).toBeEnabled();
		expect(await fill(page.getByRole('button', { name: 'Resume' }))).toBe(filled);
	});

	test('a saved run brings its curves back; a file saved before curves says it has none', async ({
		page
	}, info) => {
		test.setTimeout(120_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '5');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 5 iterations.', { timeout: 60_000 });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download parameters (JSON)' }).click()
		]);
		const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
		expect(saved.version).toBe(2);
		expect(saved.history.iterations.iteration).toEqual([1, 2, 3, 4, 5]);
		expect(saved.history.tests.iteration).toEqual([5]);

		const loss = page.getByRole('application', { name: 'Loss per iteration' });
		const file = page.getByLabel('Parameters file to load');
		const now = info.outputPath('now.json');
		await writeFile(now, JSON.stringify(saved));
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(loss).toContainText('Press Start');
		await file.setInputFiles(now);
		await expect(status(page)).toHaveText('Done: 5 iterations.', { timeout: 60_000 });
		await expect(loss).not.toContainText('Press Start');
		await expect(loss.locator('path[stroke]').first()).toHaveAttribute('d', /^M.*L.*L.*L.*L/);

		const before = info.outputPath('before.json');
		delete saved.history;
		saved.version = 1;
		await writeFile(before, JSON.stringify(saved));
		await file.setInputFiles(before);
		await expect(page.locator('#lab-save').getByRole('status')).toContainText(
			'It was saved without its curves (by an earlier version of this page), so the charts start at iteration 5.'
		);
		await expect(status(page)).toHaveText('Done: 5 iterations.', { timeout: 60_000 });
		await expect(loss).toContainText('The file had no curves; they go on from iteration 5');
		const accuracy = page.getByRole('application', {
			name: 'Training and test accuracy per iteration'
		});
		// The iteration axis goes on from the file's iteration, in whole iterations.
		const ticks = (await accuracy.locator('.axes text').allTextContents()).filter(
			(t) => /^\d/.test(t) && !t.endsWith('%')
		);
		expect(ticks.length).toBeGreaterThan(1);
		for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
		expect(Number(ticks[0])).toBeGreaterThanOrEqual(5);

		await page.getByRole('button', { name: 'Step one iteration' }).click();
		await expect(status(page)).toHaveText('Done: 6 iterations.', { timeout: 60_000 });
		await expect(loss).not.toContainText('The file had no curves');
		await expect(loss.locator('circle')).toHaveCount(1);
	});

	test('a normally drawn 7 is centred as MNIST was, off the bottom row of its 28 × 28', async ({
		page
	}) => {
		await page.goto('/lab/');
		await drawSeven(page);
		const preview = page.locator('#lab-draw figure img');
		await expect(preview).toBeVisible();
		const rows = await preview.evaluate(async (img: HTMLImageElement) => {
			await img.decode();
			const canvas = Object.assign(document.createElement('canvas'), { width: 28, height: 28 });
			const context = canvas.getContext('2d')!;
			context.drawImage(img, 0, 0, 28, 28);
			const { data } = context.getImageData(0, 0, 28, 28);
			// Which rows have ink (darker than paper).
			return Array.from({ length: 28 }, (_, r) =>
				Array.from({ length: 28 }, (_, c) => data[(r * 28 + c) * 4]).some((v) => v < 255)
			);
		});
		const inked = rows.flatMap((ink, r) => (ink ? [r] : []));
		expect(inked.at(-1)).toBe(26);
		expect(inked.at(-1)! - inked[0] + 1).toBe(20);
	});
});

test.describe('the lab offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one run, it trains again with the network off, on its workers and in WebAssembly', async ({
		page,
		context
	}) => {
		test.setTimeout(150_000);
		await page.goto('/lab/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await set(page, 'Workers', '2');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 90_000 });

		await context.setOffline(true);
		await page.reload();
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await set(page, 'Workers', '2');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 90_000 });
		await expect(page.locator('#lab-report')).toContainText('on 2 workers');
		await expect(page.getByText(/runs in plain JavaScript/)).toHaveCount(0);
	});
});
