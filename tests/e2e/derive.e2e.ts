import { expect, test } from '../support/guard';
import { openLoaded } from '../support/lesson';
import { numberIn, words } from '../support/text';

test.describe('chapter 5: the chain rule on one path', () => {
	test('each link is a live number, their product is the path, and the sums reach dW[1]', async ({
		page
	}) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /One path from a weight to the loss/ });
		const factors = widget.locator('[data-factor]');
		await expect(factors).toHaveCount(4);
		const values = await Promise.all(
			[0, 1, 2, 3].map((k) => numberIn(widget.locator(`[data-factor="${k}"] strong`)))
		);
		const product = await numberIn(widget.locator('[data-value="product"] strong'));
		// Each factor is shown to four digits, so their product is the path's to about 1e-3.
		expect(Math.abs(values.reduce((a, b) => a * b, 1) - product)).toBeLessThan(
			2e-3 * Math.max(1, Math.abs(product))
		);
		// The mean over the images of every path sum is the lesson's own dW[1] entry.
		const mean = await widget.locator('[data-value="mean"]').textContent();
		await expect(widget.locator('[data-value="lesson-dw1"]')).toHaveText(mean ?? '');

		// A node that is off for this image closes the path: g′ = 0, the product is 0.
		const off = widget.getByRole('radiogroup', { name: 'Hidden node h' }).getByRole('radio', {
			name: /off$/
		});
		if ((await off.count()) > 0) {
			await off.first().click();
			await expect(widget.locator('[data-factor="2"] strong')).toHaveText('0');
			await expect(widget.locator('[data-value="product"] strong')).toHaveText('0');
		}
	});

	test('the pixel moves with the arrow keys and with the number field', async ({ page }) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /One path from a weight to the loss/ });
		const field = widget.getByRole('spinbutton', { name: 'Pixel' });
		const before = Number(await field.inputValue());
		const picker = widget.getByRole('application', { name: /pixel \d+ \(row/ });
		await picker.focus();
		await page.keyboard.press(before % 28 === 27 ? 'ArrowLeft' : 'ArrowRight');
		await expect(field).toHaveValue(String(before % 28 === 27 ? before - 1 : before + 1));
		await field.fill('406');
		await field.press('Tab');
		await expect(widget.locator('[data-factor="3"] .rate')).toContainText('406]');
	});
});

test.describe('chapter 5: dZ[2] = A[2] − Y from the Jacobian', () => {
	test('the Jacobian times ∂L/∂a equals a − y to 1e-12, for any image', async ({ page }) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /derived: softmax’s Jacobian/ });
		await expect(
			widget.getByRole('application', { name: /The Jacobian ∂a\/∂z of image 0, 10 × 10/ })
		).toBeVisible();
		for (const image of ['0', '3']) {
			await widget.getByRole('combobox', { name: 'Image' }).selectOption(image);
			const difference = await numberIn(widget.locator('[data-value="largest-difference"]'));
			expect(difference).toBeLessThanOrEqual(1e-12);
			await expect(widget.locator('[data-value="chain"] li')).toHaveText(
				await widget.locator('[data-value="a-minus-y"] li').allTextContents()
			);
		}
		await expect(widget.getByText('equal to within 1e-12')).toBeVisible();
	});
});

test.describe('the nudge gradient check', () => {
	test('chapter 5: the central difference agrees with backpropagation’s entry', async ({
		page
	}) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /Nudge a weight/ });
		for (const param of ['W[1]', 'b[1]', 'W[2]', 'b[2]']) {
			await widget.getByRole('radio', { name: param, exact: true }).check();
			const central = await numberIn(widget.locator('[data-value="central"]'));
			const gradient = await numberIn(widget.locator('[data-value="gradient"]'));
			expect(Math.abs(central - gradient)).toBeLessThanOrEqual(
				1e-6 * Math.max(Math.abs(gradient), 1e-4)
			);
			await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'agrees');
		}
		await expect(
			widget.getByText(words('mean loss, (1/m) Σⱼ Lⱼ over the m = 8 images'))
		).toBeVisible();
	});

	test('an entry outside the parameter is refused with a message, and nothing is lost', async ({
		page
	}) => {
		await openLoaded(page, '/backpropagation/');
		const widget = page.getByRole('figure', { name: /Nudge a weight/ });
		await widget.getByRole('radio', { name: 'W[2]', exact: true }).check();
		const row = widget.getByRole('spinbutton', { name: 'row' });
		await row.fill('4');
		await row.press('Tab');
		await expect(widget.getByText(/θ = W\[2\]\[4, /)).toBeVisible();
		await row.fill('12');
		await row.press('Tab');
		await expect(widget.getByRole('alert')).toHaveText(/W\[2\] has rows 0 to 9; “12” is not one/);
		await expect(widget.getByText(/θ = W\[2\]\[4, /)).toBeVisible();
	});

	test('appendix: the notes’ dZ[1] without g′ fails the check where the right one passes', async ({
		page
	}) => {
		await openLoaded(page, '/where-the-notes-slip/');
		const widget = page.getByRole('figure', { name: /Nudge check: the notes’ dZ\[1\] without g′/ });
		const slip = widget.locator('[data-variant="no-g-prime"] [data-verdict]');
		const right = widget.locator('[data-variant="correct"] [data-verdict]');
		await expect(slip).toHaveAttribute('data-verdict', 'fails');
		await expect(right).toHaveAttribute('data-verdict', 'agrees');
		// The slip leaves the second layer's gradients alone: there both agree.
		await widget.getByRole('radio', { name: 'W[2]', exact: true }).check();
		await expect(slip).toHaveAttribute('data-verdict', 'agrees');
		await expect(right).toHaveAttribute('data-verdict', 'agrees');
	});
});

test.describe('chapter 3: why the bend', () => {
	test('without a bend the two layers equal one 10 × 784 layer; with ReLU they do not', async ({
		page
	}) => {
		await openLoaded(page, '/forward-propagation/');
		const widget = page.getByRole('figure', { name: /Take the bend away/ });
		await expect(widget.getByRole('radio', { name: /identity/ })).toBeChecked();
		const difference = await numberIn(widget.locator('[data-value="collapse-difference"]'));
		expect(difference).toBeLessThan(1e-12);
		await expect(widget.getByText(words('is a single 10 × 784 layer'))).toBeVisible();
		await widget.getByRole('radio', { name: 'g = ReLU' }).check();
		await expect(widget.getByText(words('no longer gives the network’s scores'))).toBeVisible();
		expect(await numberIn(widget.locator('[data-value="collapse-difference"]'))).toBeGreaterThan(
			1e-3
		);
	});
});
