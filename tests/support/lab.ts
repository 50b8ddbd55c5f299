import type { Locator, Page } from '@playwright/test';

/** Types `value` into the lab's setting called `name` and commits it, as a learner would. */
export async function set(page: Page, name: string, value: string): Promise<void> {
	const box = page.getByRole('textbox', { name, exact: true });
	await box.fill(value);
	await box.press('Enter');
}

/** The training panel's status line ("Not started.", "Training…", "Done: 3 iterations."). */
export function status(page: Page): Locator {
	return page.locator('#lab-train').getByRole('status').first();
}
