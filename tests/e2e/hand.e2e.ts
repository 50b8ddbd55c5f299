import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/guard';
import { stepperReady } from '../support/lesson';
import { readNumber } from '../support/numbers';
import { expectInView } from '../support/screen';

const panel = (page: Page) => page.getByRole('region', { name: /^By hand/ });

async function startOn(page: Page, path: string) {
	await page.goto(path);
	await stepperReady(page);
	await page.getByRole('button', { name: 'By hand' }).click();
	await expect(panel(page).getByLabel(/Your answer for/)).toBeVisible();
}

/** The engine's answer, read off the last line of "Show me the working" (then closed again). */
async function workedAnswer(page: Page): Promise<number> {
	const working = panel(page).locator('details');
	await working.locator('summary').click();
	const exact = await working.locator('li').last().locator('strong').getAttribute('title');
	await working.locator('summary').click();
	return readNumber(exact);
}

/** Answers the question on show: to 4 figures, 30% off, or with the sign turned. */
async function answer(page: Page, how: 'right' | 'wrong' | 'flipped' = 'right') {
	const value = await workedAnswer(page);
	const typed = how === 'right' ? value : how === 'flipped' ? -value : value * 1.3 + 0.01;
	await panel(page)
		.getByLabel(/Your answer for/)
		.fill(typed.toPrecision(4));
	await panel(page).getByRole('button', { name: 'Check and reveal' }).click();
}

const question = (page: Page) => panel(page).getByText(/^Question \d+ of 15$/);
/** The verdict as it is shown, where the answer was typed. */
const verdict = (page: Page) => panel(page).locator('.verdict');
/** The verdict as a screen reader hears it. */
const said = (page: Page) => panel(page).getByRole('status');
const next = (page: Page) => panel(page).getByRole('button', { name: /Next question/ });

// What depends on the screen (the verdict in view and clear of the dock, numbers whole) is
// checked at all three sizes; what does not (the order of questions, the verdict's words) once,
// on the laptop, and the whole iteration on the laptop and the phone, the two extremes.
for (const { viewport, logic, journey } of [
	{ viewport: { width: 1280, height: 800 }, logic: true, journey: true },
	{ viewport: { width: 1024, height: 768 }, logic: false, journey: false },
	{ viewport: { width: 375, height: 812 }, logic: false, journey: true }
]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });

		if (logic)
			test('each chapter starts the exercise at its own first step', async ({ page }) => {
				for (const [path, first, name] of [
					['/forward-propagation/', 1, /A\[0\] row \d+, column 0/],
					['/softmax/', 5, /A\[2\] row \d, column 0/],
					['/backpropagation/', 6, /dZ\[2\] row \d, column 0/],
					['/updates-and-gradient-descent/', 12, /W\[1\] row \d, column \d+/]
				] as const) {
					await startOn(page, path);
					await expect(question(page)).toHaveText(`Question ${first} of 15`);
					await expect(panel(page).getByLabel(/Your answer for/)).toHaveAccessibleName(name);
				}
			});

		test('the verdict appears where the answer was typed, on screen and uncovered', async ({
			page
		}) => {
			await startOn(page, '/backpropagation/');
			// db[2], the question of the bug report, with the inspector open beside the panel.
			await page.getByLabel('Inspect').selectOption('W1');
			await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
			await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
			await expect(question(page)).toHaveText('Question 8 of 15');
			await answer(page, 'wrong');
			await expect(verdict(page)).toContainText('Not this time.');
			await expect(said(page)).toHaveText(/^Not this time\. The engine computed/);
			await expectInView(verdict(page), 'the verdict');
			await expectInView(next(page), 'Next question');
			await expect(next(page)).toBeFocused();
			// The inspector stays as the learner left it: on W[1], not on the answer's matrix.
			await expect(page.getByRole('region', { name: 'Inspector: W[1]' })).toBeVisible();
			await expect(page.getByRole('region', { name: 'Inspector: db[2]' })).toHaveCount(0);
		});

		if (logic)
			test('right, wrong sign, a typing slip gone at the next question', async ({ page }) => {
				await startOn(page, '/backpropagation/');
				await answer(page, 'right');
				await expect(verdict(page)).toContainText('Right.');
				await expectInView(verdict(page), 'the verdict');
				// The answer's matrix is on the page; the inspector does not open by itself.
				await expect(page.getByRole('region', { name: /^Inspector/ })).toHaveCount(0);
				await next(page).click();
				await expect(question(page)).toHaveText('Question 7 of 15');
				await answer(page, 'flipped');
				await expect(verdict(page)).toContainText('Right size, wrong sign.');
				await next(page).click();
				const field = panel(page).getByLabel(/Your answer for/);
				await expect(field).toBeFocused();
				await field.fill('about a half');
				await panel(page).getByRole('button', { name: 'Check and reveal' }).click();
				await expect(panel(page).getByRole('alert')).toHaveText(/Type a number/);
				await expect(question(page)).toHaveText('Question 8 of 15');
				await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
				await expect(question(page)).toHaveText('Question 9 of 15');
				await expect(panel(page).getByRole('alert')).toHaveText('');
				await expect(field).toHaveValue('');
			});

		test('the given numbers and the working sit apart, each number whole', async ({ page }) => {
			await startOn(page, '/forward-propagation/');
			for (let k = 0; k < 3; k++) {
				await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
			}
			await expect(question(page)).toHaveText('Question 4 of 15');
			await panel(page).getByText('Show me the working').click();
			const report = await panel(page).evaluate((el) => {
				const cells = [...el.querySelectorAll('table td, table th')];
				const boxes = cells.map((c) => c.getBoundingClientRect());
				const overlaps = boxes.some((a, k) =>
					boxes.some(
						(b, n) =>
							n > k &&
							a.left < b.right - 1 &&
							b.left < a.right - 1 &&
							a.top < b.bottom - 1 &&
							b.top < a.bottom - 1
					)
				);
				const cut = [...cells, ...el.querySelectorAll('details li')].some(
					(c) => c.scrollWidth > c.clientWidth + 1
				);
				return { cells: cells.length, overlaps, cut };
			});
			expect(report).toEqual({ cells: 33, overlaps: false, cut: false });
		});

		if (logic)
			test('the working shows the numbers it is made of and ends with the answer', async ({
				page
			}) => {
				await startOn(page, '/forward-propagation/');
				await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
				// Z[1]: three terms multiplied out, the other 781 given, the bias, the total.
				await panel(page).getByText('Show me the working').click();
				const lines = panel(page).locator('details li');
				await expect(lines).toHaveCount(5);
				await expect(lines.nth(3)).toContainText('the other 781 terms');
				await expect(
					panel(page)
						.getByText(/the other 781 terms, added up =/)
						.first()
				).toBeVisible();
				const total = readNumber(await lines.last().locator('strong').getAttribute('title'));
				await panel(page)
					.getByLabel(/Your answer for/)
					.fill(total.toPrecision(4));
				await panel(page).getByRole('button', { name: 'Check and reveal' }).click();
				await expect(verdict(page)).toContainText('Right.');
				await expectInView(verdict(page), 'the verdict');
			});

		if (journey)
			test('one iteration by hand from chapter 3 to chapter 6, and the summary at the end', async ({
				page
			}) => {
				test.setTimeout(90_000);
				await startOn(page, '/forward-propagation/');
				await panel(page).getByRole('radio', { name: '1', exact: true }).check();
				await expect(question(page)).toHaveText('Question 1 of 15');
				const chapters = [
					{ link: null, steps: 4 },
					{ link: 'chapter 4, Softmax', steps: 1 },
					{ link: 'chapter 5, Backpropagation', steps: 6 },
					{ link: 'chapter 6, Updates and gradient descent', steps: 4 }
				];
				let asked = 0;
				let z2 = '';
				for (const chapter of chapters) {
					if (chapter.link) {
						// The next question belongs to the next chapter: its link is under the question.
						await panel(page).getByRole('link', { name: chapter.link }).click();
						await stepperReady(page);
						await expect(question(page)).toHaveText(`Question ${asked + 1} of 15`);
					}
					for (let k = 0; k < chapter.steps; k++) {
						asked++;
						if (asked === 5) {
							// Softmax on chapter 4 reads the very Z[2] the learner found on chapter 3.
							await expect(panel(page).locator('table td').filter({ hasText: z2 })).not.toHaveCount(
								0
							);
						}
						await answer(page, asked === 9 ? 'wrong' : 'right');
						await expectInView(verdict(page), `the verdict of question ${asked}`);
						if (asked === 4)
							z2 =
								(await panel(page).locator('details li').last().locator('strong').textContent()) ??
								'';
						const more = asked < 15;
						await panel(page)
							.getByRole('button', { name: more ? /Next question/ : /See the summary/ })
							.click();
					}
				}
				const summary = panel(page).getByRole('heading', { name: /Iteration 1 by hand/ });
				await expect(summary).toHaveText(/14 of 15 right/);
				const rows = panel(page).locator('.summary li');
				await expect(rows).toHaveCount(15);
				await expect(rows.nth(8)).toContainText('✗ not right');
				await expect(rows.nth(0)).toContainText('✓ right');
				await expectInView(summary, 'the summary');
				await panel(page).getByRole('button', { name: 'Iteration 2 by hand' }).click();
				await expect(question(page)).toHaveText('Question 1 of 15');
				await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('iteration 2');
			});
	});
}

test('the exercise, its verdict and its summary have no serious accessibility violation', async ({
	page
}) => {
	const serious = async () =>
		(
			await new AxeBuilder({ page })
				.include('.hand')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze()
		).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
	await startOn(page, '/updates-and-gradient-descent/');
	await panel(page).getByText('Show me the working').click();
	expect(await serious()).toEqual([]);
	for (let k = 0; k < 3; k++) {
		await panel(page).getByRole('button', { name: 'Let the engine do it' }).click();
	}
	await answer(page, 'wrong');
	expect(await serious()).toEqual([]);
	await panel(page)
		.getByRole('button', { name: /See the summary/ })
		.click();
	await expect(panel(page).getByRole('heading', { name: /Iteration 1 by hand/ })).toBeFocused();
	expect(await serious()).toEqual([]);
});
