import { sourceChapters } from '../support/chapters';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';
import { dock, SCREENS, setUp } from '../support/dock';
import { stepperReady } from '../support/lesson';

/** The drawing of the network in the dock: whichever of its two forms the screen shows. */
const drawing = (page: Page) => dock(page).getByRole('img', { name: /network/ });

/** The drawing's description, which it is described by. */
async function description(page: Page): Promise<string> {
	const id = await drawing(page).getAttribute('aria-describedby');
	return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Whether the lit box of the drawing encloses every node of `layer`. */
async function lights(page: Page, layer: 'input' | 'hidden' | 'output'): Promise<boolean> {
	return drawing(page).evaluate((svg, layer) => {
		const lit = svg.querySelector('.lit')?.getBoundingClientRect();
		const nodes = [...svg.querySelectorAll(`[data-layer="${layer}"]`)].map((n) =>
			n.getBoundingClientRect()
		);
		if (!lit || nodes.length === 0) return false;
		return nodes.every(
			(n) =>
				n.left >= lit.left - 0.5 &&
				n.right <= lit.right + 0.5 &&
				n.top >= lit.top - 0.5 &&
				n.bottom <= lit.bottom + 0.5
		);
	}, layer);
}

/** The fill of each node of a layer, as the browser paints it. */
const fills = (page: Page, layer: string) =>
	drawing(page).evaluate(
		(svg, layer) =>
			[...svg.querySelectorAll(`[data-layer="${layer}"]`)].map((n) => getComputedStyle(n).fill),
		layer
	);

/**
 * The colour of each row of column `j` in a matrix's heatmap on the page: the same engine
 * values as the drawing's nodes, painted on the same scale by another component.
 */
const heatmapColumn = (matrix: Locator, j: number, rows = 10, cols = 8) =>
	matrix.locator('canvas').evaluate(
		(canvas: HTMLCanvasElement, { j, rows, cols }: { j: number; rows: number; cols: number }) => {
			const context = canvas.getContext('2d');
			if (!context) return [];
			const [w, h] = [canvas.width / cols, canvas.height / rows];
			return Array.from({ length: rows }, (_, i) => {
				const [r, g, b] = context.getImageData(
					Math.floor((j + 0.5) * w),
					Math.floor((i + 0.5) * h),
					1,
					1
				).data;
				return `rgb(${r}, ${g}, ${b})`;
			});
		},
		{ j, rows, cols }
	);

for (const screen of SCREENS) {
	test.describe(`the network in the dock (${screen.name})`, () => {
		test.use({
			viewport: screen.viewport,
			isMobile: 'isMobile' in screen,
			hasTouch: 'hasTouch' in screen
		});
		// Where the screen changes the answer (in view, clear of the dock) the test runs at every
		// size; where it does not (which step, which outline, which counter) on the laptop only,
		// or on the laptop and the phone, the two extremes.
		const extreme = screen.name.startsWith('laptop') || screen.name.startsWith('phone');

		test('→ lights the layer being computed and says so', async ({ page }) => {
			await page.goto('/forward-propagation/?step=A0');
			await stepperReady(page);
			await setUp(page, screen);
			await expect(drawing(page)).toBeVisible();
			await expect(drawing(page)).toHaveAccessibleName('The network, 784 → 10 → 10');
			expect(await lights(page, 'input')).toBe(true);
			await page.keyboard.press('ArrowRight');
			await expect
				.poll(() => description(page))
				.toMatch(/^Computing Z\[1\] in the hidden layer; the nodes show image 0 \(a 5\)/);
			expect(await lights(page, 'hidden')).toBe(true);
			expect(await lights(page, 'output')).toBe(false);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => description(page)).toMatch(/^Computing Z\[2\] in the output layer/);
			expect(await lights(page, 'output')).toBe(true);
			expect(await lights(page, 'hidden')).toBe(false);
		});

		if (extreme)
			test("forward, the nodes show the image's column; they are empty before their step", async ({
				page
			}) => {
				await page.goto('/forward-propagation/?step=A0');
				await stepperReady(page);
				await setUp(page, screen);
				expect(new Set(await fills(page, 'hidden'))).toEqual(new Set(['rgb(255, 255, 255)']));
				await page.keyboard.press('ArrowRight'); // Z[1]
				const z1 = page.getByRole('application', { name: /^Z\[1\], 10 × 8$/ }).first();
				await expect
					.poll(async () => (await fills(page, 'hidden')).join())
					.toBe((await heatmapColumn(z1, 0)).join());
				expect(new Set(await fills(page, 'hidden')).size).toBeGreaterThan(2);
			});

		if (extreme)
			test('backward, the errors flow back along the edges and sit on the nodes', async ({
				page
			}) => {
				await page.goto('/backpropagation/?step=db2');
				await stepperReady(page);
				await setUp(page, screen);
				await page.keyboard.press('ArrowRight'); // dZ[1] = W[2]ᵀ dZ[2] ⊙ g′(Z[1])
				await expect
					.poll(() => description(page))
					.toMatch(/^Computing dZ\[1\] in the hidden layer, the error flowing back/);
				expect(await lights(page, 'hidden')).toBe(true);
				const dz1 = page.getByRole('application', { name: /^dZ\[1\], 10 × 8$/ }).first();
				await expect
					.poll(async () => (await fills(page, 'hidden')).join())
					.toBe((await heatmapColumn(dz1, 0)).join());
				const dz2 = page.getByRole('application', { name: /^dZ\[2\], 10 × 8$/ }).first();
				expect((await fills(page, 'output')).join()).toBe((await heatmapColumn(dz2, 0)).join());
				if (!('isMobile' in screen)) {
					const flow = await drawing(page).evaluate((svg) => {
						const line = svg.querySelector('[data-part="W2"][data-flow="backward"] line');
						if (!line) return undefined;
						const style = getComputedStyle(line);
						return {
							direction: style.animationDirection,
							seconds: parseFloat(style.animationDuration) * Number(style.animationIterationCount)
						};
					});
					expect(flow?.direction).toBe('reverse');
					// Motion beside text stops by itself within 5 s (WCAG 2.2.2); "infinite" is NaN.
					expect(flow?.seconds).toBeGreaterThan(0);
					expect(flow?.seconds).toBeLessThanOrEqual(5);
				}
			});

		test('clicking a layer or a bundle of edges inspects that matrix', async ({ page }) => {
			await page.goto('/forward-propagation/?step=Z1');
			await stepperReady(page);
			await setUp(page, screen);
			await dock(page).getByRole('button', { name: 'Inspect Z[1]' }).click();
			await expect(page.getByRole('region', { name: 'Inspector: Z[1]' })).toBeVisible();
			await dock(page).getByRole('button', { name: 'Inspect W[2]' }).click();
			const inspector = page.getByRole('region', { name: 'Inspector: W[2]' });
			await expect(inspector).toBeVisible();
			await expect(inspector.getByText('10 × 10', { exact: true })).toBeVisible();
			await dock(page).getByRole('button', { name: 'Inspect W[2]' }).click();
			await expect(page.getByRole('region', { name: /^Inspector/ })).toHaveCount(0);
		});
	});
}

test.describe('the drawing on a laptop', () => {
	test('its edges take the colour of their weight, and change when the update moves them', async ({
		page
	}) => {
		await page.goto('/backpropagation/');
		await stepperReady(page);
		const strokes = () =>
			drawing(page).evaluate((svg) =>
				[...svg.querySelectorAll('[data-part="W1"] line')].map((l) => getComputedStyle(l).stroke)
			);
		const before = await strokes();
		expect(before).toHaveLength(120); // 12 drawn pixels × 10 hidden nodes
		expect(new Set(before).size).toBeGreaterThan(20);
		expect(before.some((c) => /rgb\((\d+), \1, \1\)/.test(c) && c !== 'rgb(255, 255, 255)')).toBe(
			false
		);
		await page.keyboard.press('ArrowRight'); // W[1] := W[1] − α dW[1]
		await expect
			.poll(() => description(page))
			.toMatch(/^Updating W\[1\] on the edges into the hidden layer/);
		const after = await strokes();
		expect(after.filter((c, k) => c !== before[k]).length).toBeGreaterThan(0);
	});

	test('the image is the one whose column the inspector reads', async ({ page }) => {
		await page.goto('/forward-propagation/?step=Z1&inspect=Z1&cell=2,3');
		await stepperReady(page);
		await expect.poll(() => description(page)).toContain('the nodes show image 3 (a 1)');
	});

	// One page visits them all, a step each: cheaper than a fresh browser context per chapter.
	test('every chapter has it in its dock', async ({ page }) => {
		test.setTimeout(90_000);
		for (const chapter of sourceChapters()) {
			await test.step(chapter.folder, async () => {
				await page.goto(`/${chapter.slug}/`);
				await stepperReady(page);
				await expect(drawing(page)).toBeVisible();
				expect(await description(page)).toMatch(/image \d+ \(a \d\)/);
			});
		}
	});
});

test.describe('the drawing on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

	test('collapses to a one-line strip across the dock', async ({ page }) => {
		await page.goto('/softmax/');
		await stepperReady(page);
		const box = await drawing(page).boundingBox();
		expect(box?.height).toBeLessThanOrEqual(30);
		expect(box?.width).toBeGreaterThan(250);
		expect(box?.width).toBeLessThanOrEqual(375);
		expect(await lights(page, 'output')).toBe(true);
		await expect(dock(page).getByRole('img')).toHaveCount(1);
	});
});
