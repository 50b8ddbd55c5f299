import { expect, type Page } from '@playwright/test';

/** Waits until the page's engine has its data and the step controller is live. */
export async function stepperReady(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled({ timeout: 15_000 });
}

/** The step controller's live description, which screen readers announce after each step. */
export function liveStep(page: Page) {
	return page.locator('.dock p.visually-hidden[aria-live="polite"]');
}

/** The step the live description announces, as a number from 1, or 0 before the first. */
export async function announcedStep(page: Page): Promise<number> {
	const text = (await liveStep(page).textContent()) ?? '';
	return Number(/step (\d+) of \d+/.exec(text)?.[1] ?? 0);
}

/** Opens a page and waits until none of its widgets is still loading. */
export async function openLoaded(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.widget .loading')).toHaveCount(0, { timeout: 20_000 });
}
