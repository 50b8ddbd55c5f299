import { expect, test, type Page } from '../support/guard';
import { announcedStep, liveStep, stepperReady } from '../support/lesson';

/** The step controller is live, and the keys work (the root then carries data-projector). */
async function ready(page: Page) {
	await stepperReady(page);
	await expect(page.locator('html')).toHaveAttribute('data-projector', /true|false/);
}

test.describe('projector mode', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('P turns it on: body text of at least 24 px, prose reduced to equations and widgets', async ({
		page
	}) => {
		await page.goto('/softmax/');
		await ready(page);
		const paragraph = page.locator('.prose > p').first();
		await expect(paragraph).toBeVisible();
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('body')).toBeLessThan(24);

		await page.keyboard.press('p');
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
		await expect(page.getByRole('button', { name: /Projector/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await size('body')).toBeGreaterThanOrEqual(24);
		expect(await size('.widget')).toBeGreaterThanOrEqual(24);
		await expect(paragraph).toBeHidden();
		await expect(page.locator('.prose .math-display').first()).toBeVisible();
		await expect(page.locator('.widget').first()).toBeVisible();

		await page.keyboard.press('Escape');
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
		await expect(paragraph).toBeVisible();
	});

	test('the button turns it on too, and it stays on from chapter to chapter', async ({ page }) => {
		await page.goto('/forward-propagation/');
		await ready(page);
		await page.getByRole('button', { name: /Projector/ }).click();
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
		await page.getByRole('link', { name: /Next: Chapter 4/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Softmax');
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
		await page.getByRole('button', { name: /Projector/ }).click();
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
	});
});

test.describe('presenter keys', () => {
	const table = [
		{ key: 'ArrowRight', change: 1 },
		{ key: 'PageDown', change: 1 },
		{ key: ' ', change: 1 },
		{ key: 'ArrowLeft', change: -1 },
		{ key: 'PageUp', change: -1 }
	];

	for (const { key, change } of table) {
		test(`${key === ' ' ? 'Space' : key} moves ${change > 0 ? 'to the next' : 'to the previous'} step`, async ({
			page
		}) => {
			await page.goto('/forward-propagation/?step=A1');
			await ready(page);
			const before = await announcedStep(page);
			expect(before).toBeGreaterThan(1);
			await page.keyboard.press(key === ' ' ? 'Space' : key);
			await expect.poll(() => announcedStep(page)).toBe(before + change);
		});
	}

	test('keys typed into a text field stay in the field', async ({ page }) => {
		await page.goto('/backpropagation/');
		await ready(page);
		await page.getByRole('button', { name: 'By hand' }).click();
		const before = await announcedStep(page);
		const field = page.getByLabel(/Your answer for/);
		await field.click();
		await page.keyboard.type('0.5 ');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('p');
		await expect(field).toHaveValue('0.5p ');
		expect(await announcedStep(page)).toBe(before);
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
	});

	test('F enters and leaves full screen', async ({ page }) => {
		await page.goto('/softmax/');
		await ready(page);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	});

	test('? lists the keys, and Esc closes the list and gives focus back', async ({ page }) => {
		await page.goto('/softmax/');
		await ready(page);
		const next = page.getByRole('button', { name: 'Next step' });
		await next.focus();
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keys' });
		await expect(dialog).toBeVisible();
		for (const does of ['Next step', 'Previous step', 'Projector mode', 'Full screen']) {
			await expect(dialog.getByRole('row', { name: new RegExp(does) })).toBeVisible();
		}
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(next).toBeFocused();
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
	});
});

test.describe('keyboard and screen readers', () => {
	test('the step controller is reachable with Tab, usable with Enter, and its focus is visible', async ({
		page
	}) => {
		// Chapter 5 holds some fifty stops before the step controller; on a busy machine each Tab
		// and check takes a few hundred milliseconds.
		test.slow();
		await page.goto('/backpropagation/');
		await ready(page);
		const next = page.getByRole('button', { name: 'Next step' });
		let reached = false;
		for (let k = 0; k < 120 && !reached; k++) {
			await page.keyboard.press('Tab');
			reached = await next.evaluate((el) => el === document.activeElement);
		}
		expect(reached, 'Next step reached with Tab').toBe(true);
		const outline = await next.evaluate((el) => {
			const style = getComputedStyle(el);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		const before = await announcedStep(page);
		await page.keyboard.press('Enter');
		await expect.poll(() => announcedStep(page)).toBe((before % 15) + 1);
	});

	test('each step is announced in a short live description', async ({ page }) => {
		await page.goto('/forward-propagation/?step=A0');
		await ready(page);
		const live = liveStep(page);
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(live).toHaveText(/^Iteration 1, step 2 of 15: .*Z\[1\] = W\[1\]/);
		const text = (await live.textContent()) ?? '';
		expect(text.length).toBeLessThan(200);
		await page.getByRole('button', { name: 'Previous step' }).click();
		await expect(live).toHaveText(/^Iteration 1, step 1 of 15: .*A\[0\]/);
	});

	test('every matrix view and widget on a chapter has an accessible name', async ({ page }) => {
		await page.goto('/backpropagation/');
		await ready(page);
		const unnamed = await page
			.locator('.widget, [role="application"], [role="img"], figure')
			.evaluateAll((els) =>
				els
					.filter((el) => {
						const labelledBy = el.getAttribute('aria-labelledby');
						const byId = labelledBy
							?.split(/\s+/)
							.map((id) => document.getElementById(id)?.textContent?.trim())
							.join(' ');
						const name = el.getAttribute('aria-label') ?? byId ?? '';
						const caption = el.querySelector(':scope > figcaption')?.textContent?.trim();
						return !name.trim() && !caption;
					})
					.map((el) => el.outerHTML.slice(0, 120))
			);
		expect(unnamed).toEqual([]);
	});
});

test.describe('reduced motion', () => {
	const transition = (page: Page) =>
		page
			.locator('figure[data-symbol]')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration) * 1000);

	test('transitions run when motion is welcome', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/forward-propagation/');
		await ready(page);
		expect(await transition(page)).toBeGreaterThan(50);
	});

	test('prefers-reduced-motion turns them off', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/forward-propagation/');
		await ready(page);
		expect(await transition(page)).toBeLessThan(1);
	});
});

test.describe('printing', () => {
	/** Share of a matrix canvas's pixels that are coloured rather than grey. */
	const coloured = (page: Page) =>
		page
			.locator('.widget figure[data-symbol="Z1"] canvas')
			.first()
			.evaluate((canvas: HTMLCanvasElement) => {
				const context = canvas.getContext('2d');
				if (!context) return Number.NaN;
				const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
				let colour = 0;
				for (let k = 0; k < data.length; k += 4) {
					if (
						Math.max(data[k], data[k + 1], data[k + 2]) -
							Math.min(data[k], data[k + 1], data[k + 2]) >
						8
					)
						colour++;
				}
				return colour / (data.length / 4);
			});

	test('matrices print in greys that keep the sign, and return to colour after', async ({
		page
	}) => {
		await page.goto('/forward-propagation/');
		await stepperReady(page);
		expect(await coloured(page)).toBeGreaterThan(0.3);
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => coloured(page)).toBe(0);
		await page.emulateMedia({ media: 'screen' });
		await expect.poll(() => coloured(page)).toBeGreaterThan(0.3);
	});
});
