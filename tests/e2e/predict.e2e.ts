import { readFileSync } from 'node:fs';
import { expect, test } from '../support/guard';
import { openLoaded } from '../support/lesson';
import { readNumber } from '../support/numbers';
import { numberIn, words } from '../support/text';

test.describe('predict, then check', () => {
	test('chapter 3: a typed count is answered by the engine’s Z[1]; a non-number is refused', async ({
		page
	}) => {
		await openLoaded(page, '/forward-propagation/');
		const widget = page.getByRole('figure', { name: /^Predict: Of image 0’s 10 hidden nodes/ });
		await expect(widget.locator('[data-value="switched-off"]')).toHaveCount(0);
		const field = widget.getByRole('textbox', { name: 'Nodes switched off' });
		await field.fill('about five');
		await widget.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(widget.getByRole('alert')).toContainText('“about five” is not a number');
		await field.fill('5');
		await widget.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(widget.getByText('You said 5.')).toBeVisible();
		const count = await numberIn(widget.locator('[data-value="switched-off"]'));
		await expect(widget.locator('li.off')).toHaveCount(count);
		await widget.getByRole('button', { name: 'Predict again' }).click();
		await expect(field).toHaveValue('');
	});

	test('chapter 4: adding 1000 changes nothing on paper and breaks the direct formula', async ({
		page
	}) => {
		await openLoaded(page, '/softmax/');
		const widget = page.getByRole('figure', { name: /^Predict: Add 1000/ });
		await widget.getByRole('radio', { name: /Nothing: the same four probabilities/ }).check();
		await widget.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(widget.getByText('Right, on paper.')).toBeVisible();
		expect(await numberIn(widget.locator('[data-value="moved"]'))).toBeLessThan(1e-11);
		await expect(widget.getByText(/\[NaN, NaN, NaN, NaN\]/)).toBeVisible();
		await expect(page.locator('[data-value="exp-overflow"]').first()).toHaveText('709.78');
	});

	test('chapter 5: the label’s row of dZ[2] is negative and the others positive', async ({
		page
	}) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /^Predict: Image 0 is a \d/ });
		await widget.getByRole('radio', { name: /Positive in the label’s row/ }).check();
		await widget.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(widget.getByText('Not this time.')).toBeVisible();
		expect(await numberIn(widget.locator('[data-value="label-error"]'))).toBeLessThan(0);
		await expect(widget.getByRole('listitem').filter({ hasText: 'negative' })).toHaveCount(1);
		await expect(widget.getByRole('listitem').filter({ hasText: 'positive' })).toHaveCount(9);
	});

	test('chapter 6: the loss after one step, judged against the engine’s', async ({ page }) => {
		await openLoaded(page, '/updates-and-gradient-descent/');
		const widget = page.getByRole('figure', { name: /^Predict: One step of size α = 0.1/ });
		const before = await numberIn(widget.locator('[data-value="loss-before"]'));
		await widget.getByRole('textbox', { name: 'Loss after the step' }).fill(String(before));
		await widget.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(widget.getByText(`You said ${before}`)).toBeVisible();
		const after = await numberIn(widget.locator('[data-value="loss-after"]'));
		expect(after).toBeLessThan(before);
		await expect(
			widget.getByText(words('lower, as a step against the gradient should be'))
		).toBeVisible();
	});

	test('"Just show me" reveals the answer without a guess', async ({ page }) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /^Predict: Image 0 is a \d/ });
		await widget.getByRole('button', { name: 'Just show me' }).click();
		await expect(widget.getByText('The engine’s numbers:')).toBeVisible();
	});
});

test.describe('appendix: hunt each slip before the answer shows', () => {
	test('the explanation opens only after a guess, and a wrong guess is marked', async ({
		page
	}) => {
		await openLoaded(page, '/where-the-notes-slip/');
		const hunt = page
			.getByRole('region', { name: 'What is wrong with this line?' })
			.filter({ has: page.getByText('W² should not be transposed') });
		await expect(hunt.getByText(/It drops the activation.s derivative/)).toHaveCount(0);
		await hunt.getByRole('radio', { name: 'W² should not be transposed' }).check();
		await hunt.getByRole('button', { name: 'Check' }).click();
		await expect(hunt.getByText('Not that one.')).toBeVisible();
		await expect(hunt.getByText(/It drops the activation.s derivative/)).toBeVisible();
		await expect(hunt.getByText('the slip', { exact: true })).toBeVisible();
	});

	test('the shapes hunt marks every line, slip or not', async ({ page }) => {
		await openLoaded(page, '/where-the-notes-slip/');
		const hunt = page.getByRole('region', {
			name: /Which of these lines from the notes are wrong/
		});
		await hunt.getByRole('checkbox', { name: 'An image has 789 pixels' }).check();
		await hunt.getByRole('checkbox', { name: 'Z¹ is 10 × m' }).check();
		await hunt.getByRole('button', { name: 'Check' }).click();
		await expect(hunt.getByText(/You judged \d of the 8 lines as the answer does/)).toBeVisible();
		await expect(hunt.getByText('a slip', { exact: true })).toHaveCount(5);
		await expect(hunt.getByText('right as written', { exact: true })).toHaveCount(3);
	});

	test('the missing-g′ runs say in words what their own curves did', async ({ page }) => {
		// Two runs of 200 iterations each, one frame at a time: slow on a busy machine.
		test.setTimeout(120_000);
		await openLoaded(page, '/where-the-notes-slip/');
		const widget = page.getByRole('figure', { name: /Training with and without g′/ });
		await widget.getByRole('combobox', { name: 'Training images' }).selectOption('300');
		await widget.getByRole('button', { name: /Train both/ }).click();
		const verdict = widget.locator('.slip-verdict');
		await expect(verdict).toContainText('At α = 1:', { timeout: 100_000 });
		await expect(verdict).toContainText('over 200 iterations');
		await expect(verdict.locator('[data-value="last-0"]')).toHaveText(/\d/);
		await expect(verdict.locator('[data-value="last-1"]')).toHaveText(/\d/);
	});
});

test.describe('chapter 7: the complete program', () => {
	const file = readFileSync('static/from_scratch.py', 'utf8');
	const solid = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

	test('every line of from_scratch.py is on the page, in order, from the file itself', async ({
		page
	}) => {
		await openLoaded(page, '/the-model/');
		const parts = page.locator('figure.program-part pre');
		await expect(parts).toHaveCount(9);
		const shown = (await parts.allInnerTexts()).join('\n');
		expect(solid(shown)).toEqual(solid(file));
		const served = await (await page.request.get('/from_scratch.py')).text();
		expect(served).toBe(file);
	});

	test('the download is the same file, and the MNIST files it reads are served too', async ({
		page
	}) => {
		await openLoaded(page, '/the-model/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download from_scratch.py' }).click()
		]);
		expect(download.suggestedFilename()).toBe('from_scratch.py');
		expect(readFileSync(await download.path(), 'utf8')).toBe(file);
		for (const link of await page.getByRole('link', { name: /-ubyte\.gz$/ }).all()) {
			const href = (await link.getAttribute('href')) ?? '';
			expect((await page.request.head(href)).ok(), href).toBe(true);
		}
		await expect(page.locator('[data-value="reference-test-accuracy"]')).toHaveText(
			/^\d+\.\d%–\d+\.\d%$/
		);
	});
});

test('chapter 7 quotes the lab’s last finished run of this visit, with its settings', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openLoaded(page, '/the-model/');
	await expect(page.locator('.lab-run')).toContainText('Run the full setup in the training lab');
	await page.goto('/lab/');
	for (const [name, value] of [
		['Training images m', '1000'],
		['Iterations', '5'],
		['Learning rate α', '0.5']
	]) {
		const box = page.getByRole('textbox', { name, exact: true });
		await box.fill(value);
		await box.press('Enter');
	}
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('#lab-train').getByRole('status').first()).toHaveText(
		'Done: 5 iterations.',
		{ timeout: 60_000 }
	);
	// Moving between pages keeps the visit: a link, not a reload.
	await page
		.getByRole('link', { name: /Chapter 7/ })
		.first()
		.click();
	const figure = page.locator('.lab-run');
	await expect(figure).toContainText(words('5 iterations of gradient descent on 1,000 images'));
	await expect(figure).toContainText('α = 0.5');
	for (const value of ['lab-test', 'lab-train']) {
		await expect(figure.locator(`[data-value="${value}"]`)).toHaveText(/^\d+\.\d\d%$/);
	}
});

test('chapter 2: raw pixels make the sums huge, overflow softmax and overshoot the step', async ({
	page
}) => {
	await openLoaded(page, '/data-layout/');
	const widget = page.getByRole('figure', { name: /Pixels at 0–255 instead of 0–1/ });
	const cells = async (row: string) =>
		(await widget.locator(`tr[data-row="${row}"] td`).allInnerTexts()).map(readNumber);
	const [scaledZ1, rawZ1] = await cells('largestZ1');
	expect(rawZ1).toBeGreaterThan(100 * scaledZ1);
	const [scaledStep, rawStep] = await cells('stepRatio');
	expect(scaledStep).toBeLessThan(1);
	expect(rawStep).toBeGreaterThan(1);
	expect((await cells('overflowing'))[0]).toBe(0);
});
