import { expect, test } from '../support/guard';
import { stepperReady } from '../support/lesson';

// α = 100 with leaky ReLU: the lesson's run has overflowed float64 by iteration 90.
test.describe('a run that has diverged', () => {
	test.setTimeout(90_000);

	test('the inspector says so instead of printing −Infinity as a value', async ({ page }) => {
		await page.goto(
			'/backpropagation/?m=1000&alpha=100&act=leaky-relu&it=90&step=Z2&inspect=Z2&cell=0,0'
		);
		await stepperReady(page);
		const readout = page.locator('.readout').filter({ hasText: 'row 0, column 0' });
		// The page catches up to iteration 90 of 1,000 images first.
		await expect(readout).toContainText('not a number any more: the run has diverged', {
			timeout: 60_000
		});
		await expect(readout).not.toContainText('Infinity');
		await expect(readout).not.toContainText('=');
		await expect(
			page.getByText(/^Stopped: Z2 became −Infinity at row 0, column 0 in iteration 90/)
		).toBeVisible();
	});

	test('the softmax comparison never says the stable form works where its column shows it failing', async ({
		page
	}) => {
		await page.goto('/where-the-notes-slip/?act=leaky-relu&it=90&alpha=100');
		await stepperReady(page);
		const figure = page.getByRole('figure', {
			name: "The notebook's softmax and the stable one, on scores that grow"
		});
		const stable = figure.locator('tbody tr td:nth-child(4)');
		const words = figure.getByRole('status');
		// Here Z[2] is about 3×10³⁰⁶, still finite: the notebook's form fails, the stable one holds.
		await expect(words).toContainText('The stable form still gives ten probabilities', {
			timeout: 60_000
		});
		const held = (await stable.allTextContents()).map((t) => Number(t.replace('−', '-')));
		expect(held).toHaveLength(10);
		expect(held.every(Number.isFinite)).toBe(true);
		expect(held.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
		// Scores × 1000 are beyond float64 themselves: now the stable column fails too, and the
		// words beneath say so instead of promising ten probabilities.
		const slider = figure.getByRole('slider');
		await slider.focus();
		await page.keyboard.press('End');
		await expect(slider).toHaveAttribute('aria-valuetext', 'times 1000');
		await expect(stable.first()).toHaveText(/NaN|∞/);
		await expect(words).toContainText('Even the stable form breaks here');
		await expect(words).not.toContainText('add up to 1');
	});
});
