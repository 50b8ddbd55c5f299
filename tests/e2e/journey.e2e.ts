import { expect, test, type Page } from '../support/guard';
import {
	currentFigure,
	dock,
	expectReadable,
	readable,
	resultIn,
	SCREENS,
	setUp
} from '../support/dock';
import { announcedStep, liveStep, stepperReady } from '../support/lesson';

/** The outline a symbol's outermost element has in the current figure: dashed, solid or none. */
const outline = (page: Page, name: string) =>
	resultIn(page, name).evaluate(
		(el) => getComputedStyle(el.closest('[data-symbol]') ?? el).outlineStyle
	);

const Z1 = /^Z\[1\] = W\[1\] · A\[0\] \+ b\[1\]/;
const A1 = /^A\[1\] = g\(Z\[1\]\)/;
const Z2 = /^Z\[2\] = W\[2\] · A\[1\] \+ b\[2\]/;

for (const screen of SCREENS) {
	test.describe(`the dock drives the page (${screen.name})`, () => {
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

		test('Next, →, PageDown, Previous, the timeline and Play each bring the step’s figure into view and mark it', async ({
			page
		}) => {
			await page.goto('/forward-propagation/?step=A0');
			await stepperReady(page);
			await setUp(page, screen);
			// On arrival A[0] = X is current: the product that reads it shows it.
			await expect(currentFigure(page)).toHaveCount(1);
			await expect(currentFigure(page)).toHaveAccessibleName(Z1);

			const moves: { move: () => Promise<void>; figure: RegExp; result: string }[] = [
				{
					move: () => dock(page).getByRole('button', { name: 'Next step' }).click(),
					figure: Z1,
					result: 'Z\\[1\\]'
				},
				{ move: () => page.keyboard.press('ArrowRight'), figure: A1, result: '' },
				{ move: () => page.keyboard.press('PageDown'), figure: Z2, result: 'Z\\[2\\]' },
				{
					move: () => dock(page).getByRole('button', { name: 'Previous step' }).click(),
					figure: A1,
					result: ''
				},
				{
					move: () => dock(page).getByRole('slider', { name: 'Step in this iteration' }).fill('2'),
					figure: Z1,
					result: 'Z\\[1\\]'
				}
			];
			for (const [k, { move, figure, result }] of moves.entries()) {
				await move();
				await expect(currentFigure(page), `move ${k + 1}`).toHaveAccessibleName(figure);
				await expect(currentFigure(page), `only one figure is current`).toHaveCount(1);
				const shown = result
					? resultIn(page, result)
					: currentFigure(page).getByRole('img', { name: /activation function/ });
				await expectReadable(page, shown);
			}

			// Play computes the next steps until paused, and the page follows.
			await dock(page).getByRole('button', { name: 'Play' }).click();
			await expect.poll(() => announcedStep(page), { timeout: 8_000 }).toBeGreaterThanOrEqual(4);
			await dock(page).getByRole('button', { name: 'Pause' }).click();
			const step = await announcedStep(page);
			if (step === 4) {
				await expect(currentFigure(page)).toHaveAccessibleName(Z2);
				await expectReadable(page, resultIn(page, 'Z\\[2\\]'));
			} else {
				// A[2] and beyond are shown on other chapters: nothing here is current.
				await expect(currentFigure(page)).toHaveCount(0);
			}
		});

		test('the page scrolls only when the step’s result is not already in view', async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' }); // scrolls land at once
			await page.goto('/softmax/');
			await stepperReady(page);
			await setUp(page, screen);
			const still: string[] = [];
			for (const name of ['Previous step', 'Next step', 'Previous step', 'Next step']) {
				const before = await page.evaluate(() => scrollY);
				await dock(page).getByRole('button', { name }).click();
				await expect(currentFigure(page)).toHaveAccessibleName(/softmax, one column at a time/);
				const step = (await liveStep(page).textContent())?.includes('step 4') ? 'Z' : 'A';
				const result = resultIn(page, `${step}\\[2\\]`);
				await expectReadable(page, result);
				const moved = (await page.evaluate(() => scrollY)) - before;
				if (moved === 0) {
					still.push(name);
					continue;
				}
				// It moved: then, where the page was, the result could not be read.
				await page.evaluate((y) => scrollTo(0, y), before);
				expect(await readable(page, result), `${name} scrolled by ${moved} for nothing`).toBe(
					false
				);
				await page.evaluate((by) => scrollBy(0, by), moved);
			}
			// Z[2] and A[2] share a figure, side by side on a wide screen: at least one move found
			// its result already in view. (A phone stacks them, and each needs its scroll.)
			if (!('isMobile' in screen)) expect(still.length).toBeGreaterThan(0);
		});

		test('a result appearing where the learner is already looking moves nothing', async ({
			page
		}) => {
			await page.goto('/softmax/');
			await stepperReady(page);
			await setUp(page, screen);
			await dock(page).getByRole('button', { name: 'Previous step' }).click(); // back to Z[2]
			const figure = currentFigure(page);
			await expect(figure).toHaveAccessibleName(/softmax, one column at a time/);
			await page.waitForTimeout(800); // the scroll to Z[2] has ended
			// The learner scrolls the figure to the top of what they see, and steps.
			await figure.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - 10));
			const before = await page.evaluate(() => scrollY);
			await dock(page).getByRole('button', { name: 'Next step' }).click();
			await expect(liveStep(page)).toContainText('step 5 of 15');
			const result = resultIn(page, 'A\\[2\\]');
			await expectReadable(page, result);
			await page.waitForTimeout(800);
			const moved = (await page.evaluate(() => scrollY)) - before;
			if (moved !== 0) {
				await page.evaluate((y) => scrollTo(0, y), before);
				expect(await readable(page, result), `scrolled by ${moved} for nothing`).toBe(false);
			}
		});

		if (laptop)
			test('the inputs of the step’s equation are outlined in its figure, and its result', async ({
				page
			}) => {
				await page.goto('/forward-propagation/?step=A0');
				await stepperReady(page);
				await setUp(page, screen);
				await page.keyboard.press('ArrowRight'); // Z[1] = W[1] A[0] + b[1]
				await expect(currentFigure(page)).toHaveAccessibleName(Z1);
				expect(await outline(page, 'W\\[1\\]')).toBe('dashed');
				expect(await outline(page, 'A\\[0\\]')).toBe('dashed');
				expect(await outline(page, 'b\\[1\\]')).toBe('dashed');
				expect(await outline(page, 'Z\\[1\\]')).toBe('solid');
				await page.keyboard.press('ArrowRight'); // A[1]: the product is no longer current
				const product = page.getByRole('figure', { name: Z1 });
				await expect(product).not.toHaveAttribute('aria-current', 'step');
				const w1 = product.getByRole('application', { name: 'W[1], 10 × 784' });
				expect(
					await w1.evaluate(
						(el) => getComputedStyle(el.closest('[data-symbol]') ?? el).outlineStyle
					)
				).toBe('none');
			});

		if (extreme)
			test('a step with no figure here links to the chapter that shows it, which opens at that figure', async ({
				page
			}) => {
				await page.goto('/forward-propagation/?step=Z2');
				await stepperReady(page);
				await setUp(page, screen);
				await page.keyboard.press('ArrowRight'); // A[2] is chapter 4's
				await expect(liveStep(page)).toContainText('step 5 of 15');
				await expect(currentFigure(page)).toHaveCount(0);
				const link = dock(page).getByRole('link', { name: 'A[2] is shown in Chapter 4, Softmax' });
				await expect(link).toBeVisible();
				await link.click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Softmax');
				await expect(liveStep(page)).toContainText('step 5 of 15');
				await expect(currentFigure(page)).toHaveAccessibleName(/softmax, one column at a time/);
				await expectReadable(page, resultIn(page, 'A\\[2\\]'));
				await expect(dock(page).getByRole('link', { name: /is shown in/ })).toHaveCount(0);
			});

		if (laptop)
			test('→ steps on chapter 1 too, and says where the step is shown', async ({ page }) => {
				await page.goto('/the-problem/');
				await stepperReady(page);
				await setUp(page, screen);
				expect(await announcedStep(page)).toBe(0);
				await page.keyboard.press('ArrowRight');
				await expect(liveStep(page)).toHaveText(/^Iteration 1, step 1 of 15: Input layer/);
				await expect(
					dock(page).getByRole('link', { name: 'A[0] is shown in Chapter 2, Data layout' })
				).toBeVisible();
			});
	});
}
