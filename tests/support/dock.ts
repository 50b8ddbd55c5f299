import { expect, type Locator, type Page } from '@playwright/test';

/** The three screens the journey is tried on: a laptop, a classroom projector, a phone. */
export const SCREENS = [
	{ name: 'laptop 1280×800', viewport: { width: 1280, height: 800 } },
	{ name: 'projector 1024×768', viewport: { width: 1024, height: 768 }, projector: true },
	{ name: 'phone 375×812', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
] as const;

export type Screen = (typeof SCREENS)[number];

export function dock(page: Page): Locator {
	return page.getByRole('region', { name: 'Step through one iteration' });
}

/** Turns projector mode on for a projector screen (the teacher's P key). */
export async function setUp(page: Page, screen: Screen): Promise<void> {
	if ('projector' in screen && screen.projector) {
		await page.keyboard.press('p');
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
	}
}

/** The figure marked as showing the current step; there is never more than one. */
export function currentFigure(page: Page): Locator {
	return page.locator('[aria-current="step"]');
}

/**
 * Whether `target` is wholly inside the part of the window the page can be read in: below the
 * top of the window and above the dock (and anything the dock has open above it).
 */
export async function readable(page: Page, target: Locator): Promise<boolean> {
	const box = await target.boundingBox();
	const covered = await dock(page).evaluate((el) => {
		const tops = [el, ...el.querySelectorAll(':scope > *')]
			.map((e) => e.getBoundingClientRect())
			.filter((r) => r.height > 0)
			.map((r) => r.top);
		return Math.min(...tops);
	});
	return box !== null && box.y >= -1 && box.y + box.height <= covered + 1;
}

/** Waits (a smooth scroll takes a moment) until `target` can be read. */
export async function expectReadable(page: Page, target: Locator): Promise<void> {
	await expect.poll(() => readable(page, target), { timeout: 5_000 }).toBe(true);
}

/** The matrix of `name` in the current step's figure, e.g. "Z[1], 10 × 8". */
export function resultIn(page: Page, name: string): Locator {
	return currentFigure(page).getByRole('application', {
		name: new RegExp(`^${name}, \\d+ × \\d+$`)
	});
}
