import { expect, type Locator } from '@playwright/test';

/**
 * Fails unless the element is wholly inside the window and nothing is drawn over it: the
 * points near its corners and its middle all hit the element itself (not the dock, not a
 * panel, not the page scrolled under it).
 */
export async function expectInView(element: Locator, what = 'the element'): Promise<void> {
	await expect(element).toBeVisible();
	const report = await element.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const inside =
			box.top >= 0 &&
			box.left >= 0 &&
			box.bottom <= window.innerHeight &&
			box.right <= document.documentElement.clientWidth;
		const points = [
			[box.left + 4, box.top + 4],
			[box.right - 4, box.top + 4],
			[box.left + 4, box.bottom - 4],
			[box.right - 4, box.bottom - 4],
			[(box.left + box.right) / 2, (box.top + box.bottom) / 2]
		];
		const covered = points
			.map(([x, y]) => document.elementFromPoint(x, y))
			.filter((hit) => !hit || !el.contains(hit))
			.map((hit) =>
				hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'
			);
		return {
			inside,
			covered,
			box: `${Math.round(box.top)}–${Math.round(box.bottom)} of ${window.innerHeight}`
		};
	});
	expect(report.inside, `${what} is outside the window (${report.box})`).toBe(true);
	expect(report.covered, `${what} is covered`).toEqual([]);
}

/** Brings an element to the middle of the window, clear of the step dock. */
export async function centre(element: Locator): Promise<void> {
	await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
}
