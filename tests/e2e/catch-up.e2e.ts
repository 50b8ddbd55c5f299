import { expect, test, type Page } from '../support/guard';
import { dock } from '../support/dock';
import { liveStep, stepperReady } from '../support/lesson';

// m = 1000 and iteration 500: the page computes 499 iterations first, for several seconds.
const FAR = '/backpropagation/?m=1000&it=500&step=Z1';

function catchUp(page: Page) {
	return dock(page).getByRole('status').filter({ hasText: 'Catching up to iteration 500' });
}

/** The iteration the dock names, once the catch-up has come past `least`. */
async function iterationPast(page: Page, least: number): Promise<number> {
	const label = dock(page).getByText(/^Lesson iteration \d+/);
	let at = 0;
	await expect
		.poll(async () => (at = Number((await label.textContent())?.match(/\d+/)?.[0])), {
			timeout: 20_000
		})
		.toBeGreaterThan(least);
	return at;
}

test.describe('catching up to an iteration far along', () => {
	test.setTimeout(60_000);

	test('shows how far it has come, and Start over wins: the lesson stays at iteration 1', async ({
		page
	}) => {
		await page.goto(FAR);
		await stepperReady(page);
		await expect(catchUp(page)).toBeVisible();
		await expect(catchUp(page).getByRole('progressbar')).toHaveAttribute('max', '500');
		await iterationPast(page, 20);
		await dock(page).getByRole('button', { name: 'Start over' }).click();
		await expect(catchUp(page)).toHaveCount(0);
		const label = dock(page).getByText(/^Lesson iteration \d+/);
		await expect(label).toHaveText(/^Lesson iteration 1\b/);
		// The next step computed is iteration 1's first, not some step of a later iteration.
		await dock(page).getByRole('button', { name: 'Next step' }).click();
		await expect(liveStep(page)).toContainText('Iteration 1, step 1 of 15');
		await expect(label).toHaveText(/^Lesson iteration 1\b/);
		await expect(page).not.toHaveURL(/[?&]it=/);
	});

	test('Next step during it stops it where it is and takes one step from there', async ({
		page
	}) => {
		await page.goto(FAR);
		await stepperReady(page);
		await expect(catchUp(page)).toBeVisible();
		await iterationPast(page, 10);
		await dock(page).getByRole('button', { name: 'Next step' }).click();
		await expect(catchUp(page)).toHaveCount(0);
		const label = dock(page).getByText(/^Lesson iteration \d+/);
		const stopped = Number((await label.textContent())?.match(/\d+/)?.[0]);
		expect(stopped).toBeLessThan(500);
		// One step from where it stopped: the first of the next iteration.
		await expect(liveStep(page)).toHaveText(/^Iteration \d+, step 1 of 15/);
		const next = Number((await liveStep(page).textContent())?.match(/\d+/)?.[0]);
		expect([stopped, stopped + 1]).toContain(next);
		// Previous goes back from there, and nothing moves the lesson on by itself.
		await dock(page)
			.getByRole('button', { name: /Previous/ })
			.click();
		await expect(liveStep(page)).not.toHaveText(/step 1 of 15/);
		await expect(label).toHaveText(new RegExp(`^Lesson iteration (${next}|${next - 1})\\b`));
		await expect(catchUp(page)).toHaveCount(0);
	});

	test('Stop here ends it at the iteration reached, and the address says so', async ({ page }) => {
		await page.goto(FAR);
		await stepperReady(page);
		await iterationPast(page, 5);
		await catchUp(page).getByRole('button', { name: 'Stop here' }).click();
		await expect(catchUp(page)).toHaveCount(0);
		const label = dock(page).getByText(/^Lesson iteration \d+/);
		const stopped = Number((await label.textContent())?.match(/\d+/)?.[0]);
		expect(stopped).toBeGreaterThan(5);
		expect(stopped).toBeLessThan(500);
		await expect(page).toHaveURL(new RegExp(`[?&]it=${stopped}(&|$)`));
	});
});
