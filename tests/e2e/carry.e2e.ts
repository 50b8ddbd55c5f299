import { expect, test, type Page } from '../support/guard';
import { dock, SCREENS, setUp } from '../support/dock';
import { liveStep, stepperReady } from '../support/lesson';

/** Everything the learner sees of where the lesson stands. */
async function standing(page: Page) {
	const inspector = page.getByRole('region', { name: /^Inspector: / });
	await expect(inspector.locator('.exact')).toHaveText(/\d/);
	return {
		live: (await liveStep(page).textContent())?.trim(),
		iteration: (
			await dock(page)
				.getByText(/^Lesson iteration \d+/)
				.textContent()
		)?.trim(),
		loss: (await dock(page).locator('[data-value="loss"]').textContent())?.trim(),
		inspector: await inspector.getAttribute('aria-label'),
		readout: (await inspector.locator('.readout').textContent())?.trim()
	};
}

const chapterLink = (page: Page, n: number) =>
	page
		.getByRole('navigation', { name: 'Chapters' })
		.getByRole('link', { name: new RegExp(`Chapter ${n}:`) });

for (const screen of SCREENS) {
	test.describe(`one lesson across the site (${screen.name})`, () => {
		test.use({
			viewport: screen.viewport,
			isMobile: 'isMobile' in screen,
			hasTouch: 'hasTouch' in screen
		});
		// Where the screen changes the answer (in view, clear of the dock) the test runs at every
		// size; where it does not (which step, which outline, which counter) on the laptop only,
		// or on the laptop and the phone, the two extremes.
		const laptop = screen.name.startsWith('laptop');
		const extreme = laptop || screen.name.startsWith('phone');

		if (extreme)
			test('chapter 3 to chapter 5 by a link keeps the iteration, step, loss and cell; a reload restores them', async ({
				page
			}) => {
				test.slow(); // two page loads and a dozen moves: long on a busy machine
				await page.goto('/forward-propagation/');
				await stepperReady(page);
				await setUp(page, screen);
				// To the end of iteration 1, then through iteration 2's forward pass.
				await dock(page).getByRole('slider', { name: 'Step in this iteration' }).fill('15');
				const next = dock(page).getByRole('button', { name: 'Next step' });
				for (let k = 0; k < 5; k++) await next.click();
				await expect(liveStep(page)).toHaveText(/^Iteration 2, step 5 of 15/);
				await dock(page).getByLabel('Inspect').selectOption('A2');
				const matrix = page
					.getByRole('region', { name: 'Inspector: A[2]' })
					.getByRole('application', { name: 'A[2], 10 × 8' });
				await matrix.focus();
				for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
				const before = await standing(page);
				expect(before.iteration).toMatch(/^Lesson iteration 2 · m = 8$/);
				expect(before.readout).toContain('row 1, column 2');

				await page.locator('h1').click(); // the keys belong to the page again
				await chapterLink(page, 5).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
				await stepperReady(page);
				expect(await standing(page)).toEqual(before);

				// The address holds the carried lesson, so that a reload or a copy reproduces it.
				await expect(page).toHaveURL(/[?&]it=2(&|$)/);
				const address = new URL(page.url()).searchParams;
				expect([address.get('step'), address.get('inspect'), address.get('cell')]).toEqual([
					'A2',
					'A2',
					'1,2'
				]);
				await page.reload();
				await stepperReady(page);
				expect(await standing(page)).toEqual(before);
			});

		if (laptop)
			test('a lesson nobody has touched takes each chapter’s own start, and a bare address stays bare', async ({
				page
			}) => {
				await page.goto('/forward-propagation/');
				await stepperReady(page);
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 4 of 15/); // its start, Z[2]
				await chapterLink(page, 5).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
				// Chapter 5 starts with the gradients computed: db[1] is the 11th step.
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 11 of 15/);
				await page.waitForTimeout(1000); // longer than the address follower's pause
				expect(new URL(page.url()).search).toBe('');
				await page.keyboard.press('ArrowRight');
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 12 of 15: Update W\[1\]/);
			});

		if (laptop)
			test('back and forward between chapters keep the lesson where the learner left it', async ({
				page
			}) => {
				await page.goto('/forward-propagation/?step=A1');
				await stepperReady(page);
				await setUp(page, screen);
				await chapterLink(page, 5).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 3 of 15/);
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowRight');
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 5 of 15/);
				await page.goBack();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forward propagation');
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 5 of 15/);
				await expect(page).toHaveURL(/step=A2/);
			});

		if (laptop)
			test('chapter 7 names both counters: the lesson’s iteration and the training loop’s', async ({
				page
			}) => {
				await page.goto('/the-model/');
				await stepperReady(page);
				await setUp(page, screen);
				const lesson = dock(page).getByText(/^Lesson iteration 1\b/);
				await expect(lesson).toBeVisible();
				const loop = page.getByRole('group', { name: 'Run' });
				await expect(loop).toContainText(/Training loop, m = 300 · Iteration \d+ of 500/);
				await loop.getByRole('button', { name: 'Train' }).click();
				await expect(loop).toContainText(/Iteration ([1-9]\d*) of 500/, { timeout: 10_000 });
				await loop.getByRole('button', { name: 'Pause' }).click();
				// The two never read as one count: neither is a bare "Iteration N" of the other.
				await expect(lesson).toBeVisible();
				await expect(dock(page)).not.toContainText('Training');
				await expect(loop).not.toContainText('Lesson');
			});
	});
}
