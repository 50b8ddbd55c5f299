import type { Locator } from '@playwright/test';
import { expect, test, type Page } from '../support/guard';
import { stepperReady } from '../support/lesson';
import { centre, expectInView } from '../support/screen';

/** Client coordinates of the middle of cell (i, j) of a grid drawn `rows × cols`. */
async function cellPoint(grid: Locator, i: number, j: number, rows: number, cols: number) {
	const box = await grid.boundingBox();
	if (!box) throw new Error('the matrix is not on screen');
	return { x: box.x + ((j + 0.5) * box.width) / cols, y: box.y + ((i + 0.5) * box.height) / rows };
}

/** How many pixels of a canvas are strongly coloured (not paper, not pale). */
function inkOf(canvas: Locator): Promise<number> {
	return canvas.evaluate((c: HTMLCanvasElement) => {
		const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
		let ink = 0;
		for (let k = 0; k < data.length; k += 4) {
			if (
				Math.max(data[k], data[k + 1], data[k + 2]) - Math.min(data[k], data[k + 1], data[k + 2]) >
				60
			)
				ink++;
		}
		return ink;
	});
}

/** Waits until a smooth scroll (a reading brought into view) has come to rest. */
async function settled(page: Page) {
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<boolean>((done) => {
						const y = scrollY;
						setTimeout(() => done(scrollY === y), 150);
					})
			)
		)
		.toBe(true);
}

const explanation = (page: Page) => page.getByText(/^Z\[1\] row \d, column \d: row \d of W\[1\]/);

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 },
	{ width: 375, height: 812 }
]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });
		// Where the screen changes the answer (in view, clear of the dock, whole) the test runs at
		// every size; where it does not (what a click pins, which colour, which key) on the laptop.
		const laptop = viewport.width === 1280;

		if (laptop)
			test('a click pins a cell: pointing elsewhere leaves it, the arrows move it, Esc lets go', async ({
				page
			}) => {
				await page.goto('/forward-propagation/');
				await stepperReady(page);
				const z1 = page.getByRole('application', { name: /^Z\[1\], 10 × \d+$/ }).first();
				await centre(z1);
				const cols = Number((await z1.getAttribute('aria-label'))?.match(/× (\d+)/)?.[1]);
				const at = (i: number, j: number) => cellPoint(z1, i, j, 10, cols);
				let p = await at(2, 1);
				await page.mouse.click(p.x, p.y);
				await expect(explanation(page)).toHaveText(/^Z\[1\] row 2, column 1:/);
				p = await at(6, 0);
				await page.mouse.move(p.x, p.y);
				await page.mouse.move(5, 5);
				await expect(explanation(page)).toHaveText(/^Z\[1\] row 2, column 1:/);
				await page.keyboard.press('ArrowDown');
				await expect(explanation(page)).toHaveText(/^Z\[1\] row 3, column 1:/);
				await settled(page);
				await expectInView(explanation(page), 'the pinned explanation');
				await page.keyboard.press('Escape');
				await settled(page);
				// On a phone the explanation fills the window: back to the matrix to point at it.
				await centre(z1);
				p = await at(6, 0);
				await page.mouse.move(p.x, p.y);
				await expect(explanation(page)).toHaveText(/^Z\[1\] row 6, column 0:/);
				// Enter pins from the keyboard too.
				await z1.focus();
				await page.keyboard.press('Enter');
				await settled(page);
				await centre(z1);
				p = await at(8, 1);
				await page.mouse.move(p.x, p.y);
				await expect(explanation(page)).toHaveText(/^Z\[1\] row 6, column 0:/);
			});

		test('a pinned reading is never left under the dock', async ({ page }) => {
			await page.goto('/data-layout/');
			await stepperReady(page);
			// The window onto X's rows (28 × m), its reading under it: put the matrix at the dock.
			const rowsOfX = page.getByRole('application', { name: /^X, 28 × \d+, rows/ });
			await rowsOfX.evaluate((el) => {
				const dock = document.querySelector('[data-covers="bottom"]')?.getBoundingClientRect();
				const box = el.getBoundingClientRect();
				window.scrollBy(0, box.bottom - ((dock?.top ?? innerHeight) - 12));
			});
			const box = await rowsOfX.boundingBox();
			if (!box) throw new Error('no window onto X');
			// Its reading rides above the dock over the last rows: point above it.
			await page.mouse.click(box.x + 6, box.y + box.height / 3);
			const readout = page.locator('.readout').filter({ has: page.getByText('pinned') });
			await expect(readout).toBeVisible();
			await settled(page);
			await expectInView(readout, 'the reading of the pinned cell');
		});

		test("chapter 2's grid of X is a window that opens on ink and scrolls in its box", async ({
			page
		}) => {
			await page.goto('/data-layout/');
			await stepperReady(page);
			const figure = page.locator('figure.matrix-view').filter({ hasText: '784 ×' }).first();
			await figure.getByRole('radio', { name: 'Grid' }).click();
			const height = await figure.evaluate((el) => el.getBoundingClientRect().height);
			expect(height).toBeLessThan(700);
			const note = figure.getByText(/^Rows \d+–\d+ of 784/);
			await expect(note).toBeVisible();
			const first = Number((await note.textContent())?.match(/Rows (\d+)/)?.[1]);
			expect(first).toBeGreaterThan(100);
			expect(await inkOf(figure.locator('canvas').first())).toBeGreaterThan(200);
			await figure.locator('.windowed').evaluate((el) => (el.scrollTop += 280));
			await expect(note).toHaveText(new RegExp(`^Rows ${first + 10}–`));
		});

		if (laptop)
			test('pointing at a matrix rings its card in its colour and never greys it', async ({
				page
			}) => {
				await page.goto('/forward-propagation/');
				await stepperReady(page);
				const card = page.locator('figure.matrix-view[data-symbol="W1"]').first();
				await centre(card);
				await card.hover({ position: { x: 6, y: 6 } });
				await expect(card).toHaveAttribute('data-linked', 'true');
				const look = await card.evaluate((el) => {
					const style = getComputedStyle(el);
					return { background: style.backgroundColor, outline: style.outlineStyle };
				});
				expect(look).toEqual({ background: 'rgb(255, 255, 255)', outline: 'none' });
			});

		test('pointing at a pixel of the big digit leaves the thumbnails where they are', async ({
			page
		}) => {
			await page.goto('/the-problem/');
			const digit = page.getByRole('application', { name: /^Training image 0/ });
			await centre(digit);
			const thumbs = page.locator('.thumbs');
			const before = await thumbs.boundingBox();
			const box = await digit.boundingBox();
			if (!box || !before) throw new Error('no digit');
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await expect(page.getByText(/^Row \d+, column \d+ \(pixel/)).toBeVisible();
			expect(await thumbs.boundingBox()).toEqual(before);
		});

		test("the appendix's column sums never run into each other, with raised exponents", async ({
			page
		}) => {
			await page.goto('/where-the-notes-slip/');
			await stepperReady(page);
			const sums = page.locator('.sums li');
			await expect(sums).toHaveCount(8);
			const report = await sums.evaluateAll((items) => {
				const boxes = items.map((li) => li.getBoundingClientRect());
				const overlaps = boxes.some((a, k) =>
					boxes.some(
						(b, n) =>
							n > k && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
					)
				);
				const spill = items.some((li) => li.scrollWidth > li.clientWidth + 1);
				return { overlaps, spill, text: items.map((li) => li.textContent).join(' ') };
			});
			expect(report).toMatchObject({ overlaps: false, spill: false });
			expect(report.text).not.toContain('^');
		});

		test('no matrix equation (dZ[1] = W[2]ᵀdZ[2] ⊙ g′ and the rest) ends a row with an operator', async ({
			page
		}) => {
			for (const path of ['/forward-propagation/', '/backpropagation/']) {
				await page.goto(path);
				await stepperReady(page);
				const stranded = await page.locator('.matrix-equation .op').evaluateAll((ops) =>
					ops
						.filter((op) => {
							const next = op.nextElementSibling?.getBoundingClientRect();
							const box = op.getBoundingClientRect();
							const middle = (box.top + box.bottom) / 2;
							return !next || middle < next.top || middle > next.bottom;
						})
						.map((op) => op.textContent)
				);
				expect(stranded, path).toEqual([]);
			}
		});

		if (laptop)
			test('at α = 100 "W[1] before" keeps a key of its own and is not drawn blank', async ({
				page
			}) => {
				await page.goto('/updates-and-gradient-descent/');
				await stepperReady(page);
				const slider = page.getByRole('slider', { name: /Chosen α/ });
				await centre(slider);
				await slider.focus();
				await page.keyboard.press('End');
				await expect(slider).toHaveAttribute('aria-valuetext', 'α = 100');
				const before = page.getByRole('application', { name: /^W\[1\], 10 × 784, before$/ });
				await centre(before);
				expect(await inkOf(before.locator('canvas'))).toBeGreaterThan(2000);
				await expect(page.getByText(/each have a colour key of their own/)).toBeVisible();
			});

		if (laptop)
			test('switching the softmax scores to a 10-row column lights all ten rows or none', async ({
				page
			}) => {
				await page.goto('/softmax/');
				await stepperReady(page);
				const widget = page.locator('.widget').filter({ hasText: 'drag the scores' });
				const scores = widget.locator('tbody td[data-symbol="Z2"]');
				await centre(scores.nth(1));
				await scores.nth(1).hover();
				await widget.getByRole('combobox').selectOption({ index: 1 });
				await expect(scores).toHaveCount(10);
				const lit = await scores.evaluateAll((tds) =>
					tds.map((td) => td.dataset.linked === 'true')
				);
				expect(new Set(lit).size).toBe(1);
			});
	});
}
