import { expect, test, type Page } from '../support/guard';
import { liveStep, stepperReady as ready } from '../support/lesson';

const NOTICE = "Some values in this page's address could not be used";

/** What the page shows for the inspected cell: its matrix, shape, position and exact value. */
async function reading(page: Page) {
	const inspector = page.getByRole('region', { name: /^Inspector: / });
	await expect(inspector.locator('.exact')).toHaveText(/\d/);
	return {
		name: await inspector.getAttribute('aria-label'),
		readout: (await inspector.locator('.readout').textContent())?.trim(),
		exact: (await inspector.locator('.exact').textContent())?.trim(),
		loss: (await page.locator('[data-value="loss"]').first().textContent())?.trim()
	};
}

test.describe('a shared address', () => {
	const shared =
		'/backpropagation/?seed=3&m=4&alpha=0.5&act=leaky-relu&step=dZ1&inspect=Z1&cell=2,3';

	test('reproduces the same matrix, cell and numbers, and differs from the defaults', async ({
		page,
		browser
	}) => {
		await page.goto(shared);
		await ready(page);
		await expect(page.getByText(NOTICE)).toHaveCount(0);
		const inspector = page.getByRole('region', { name: 'Inspector: Z[1]' });
		await expect(inspector.getByText('10 × 4', { exact: true })).toBeVisible();
		await expect(liveStep(page)).toContainText('dZ[1]');
		const first = await reading(page);
		expect(first.readout).toContain('row 2, column 3');

		// Another visitor opening the same address, with nothing of this visit.
		const other = await browser.newPage();
		await other.goto(page.url());
		await ready(other);
		expect(await reading(other)).toEqual(first);
		await other.close();

		// The settings are really applied: the defaults give other numbers for the same cell.
		await page.goto('/backpropagation/?step=dZ1&inspect=Z1&cell=2,3');
		await ready(page);
		const defaults = await reading(page);
		expect(defaults.readout).toContain('row 2, column 3');
		expect(defaults.exact).not.toBe(first.exact);
		expect(defaults.loss).not.toBe(first.loss);
	});

	test('follows the learner: after a step, reloading lands on that step', async ({ page }) => {
		await page.goto(shared);
		await ready(page);
		await page.getByRole('button', { name: 'Next step' }).click();
		await expect(page).toHaveURL(/step=dW1/);
		const before = (await liveStep(page).textContent()) ?? '';
		await page.reload();
		await ready(page);
		await expect(liveStep(page)).toHaveText(before);
		await expect(page).toHaveURL(/seed=3/);
		await expect(page).toHaveURL(/act=leaky-relu/);
	});
});

test('a bare address stays bare until the learner moves, then holds their state', async ({
	page
}) => {
	// The page's clock is the test's. An installed clock still flows with real time until it is
	// paused, so a busy machine could let the follower's 0.4 s pass between two steps of the
	// test: once the page is ready, time stops and passes only when the test says so.
	await page.clock.install();
	await page.goto('/softmax/');
	await ready(page);
	// Past the address follower's 0.4 s pause: it had its chance to write and did not.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	expect(new URL(page.url()).search).toBe('');
	await page.getByRole('button', { name: 'Next step' }).click();
	// Not yet written: the follower waits its 0.4 s; then it is.
	await page.clock.runFor(100);
	expect(new URL(page.url()).search).toBe('');
	await page.clock.runFor(400);
	await expect(page).toHaveURL(/\?m=\d+&step=dZ2$/);
});

// Each becomes the nearest valid value (or is ignored) with a visible notice naming it.
const hostile: { query: string; names: string }[] = [
	{ query: 'm=abc', names: 'm = “abc”' },
	{ query: 'm=-5', names: 'm = “-5”' },
	{ query: 'm=NaN', names: 'm = “NaN”' },
	{ query: 'm=1e309', names: 'm = “1e309”' },
	{ query: `m=${'9'.repeat(5000)}`, names: 'm = “' },
	{ query: 'alpha=NaN', names: 'α = “NaN”' },
	{ query: 'alpha=1e309', names: 'α = “1e309”' },
	{ query: 'alpha=-0.1', names: 'α = “-0.1”' },
	{ query: 'seed=2.5', names: 'seed = “2.5”' },
	{ query: 'it=0', names: 'iteration = “0”' },
	{ query: 'step=Z9', names: 'step = “Z9”' },
	{ query: 'step=__proto__', names: 'step = “__proto__”' },
	{ query: 'inspect=constructor', names: 'matrix = “constructor”' },
	{ query: 'act=sigmoid', names: 'activation = “sigmoid”' },
	{ query: 'cell=1,2,3', names: 'cell = “1,2,3”' },
	{ query: 'inspect=W1&cell=99,0', names: 'cell 99,0 is outside W1' },
	{
		query: `step=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
		names: 'step = “<script>'
	},
	{
		query: `inspect=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`,
		names: 'matrix = “<img src=x'
	},
	{ query: `act=${encodeURIComponent('"><svg onload=window.__pwned=1>')}`, names: 'activation' },
	{ query: 'm=%00%0A%E2%80%AE', names: 'm = “' }
];

// On chapter 1, the lightest page with the lesson: the address is read by the one lesson in the
// layout, the same on every chapter. One page visits them all in turn, a step each, so that the
// suite does not pay for a fresh browser context twenty times.
test('each hostile address gets a notice naming it, not a crash, and the lesson still steps', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const { query, names } of hostile) {
		await test.step(query.slice(0, 40), async () => {
			await page.goto(`/the-problem/?${query}`);
			await ready(page);
			const notice = page.getByRole('status').filter({ hasText: NOTICE });
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(names);
			// Shown as text: no element came from the address, and nothing it carried ran.
			await expect(page.locator('.notice img, .notice svg, .notice script')).toHaveCount(0);
			expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
			// And the lesson works.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^The problem/);
			const live = liveStep(page);
			const before = (await live.textContent()) ?? '';
			await page.getByRole('button', { name: 'Next step' }).click();
			await expect(live).not.toHaveText(before);
			await expect(live).toHaveText(/^Iteration \d+, step \d+ of 15/);
			await notice.getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice).toHaveCount(0);
		});
	}
});

test('a malformed percent-encoding and an address on a page without a lesson', async ({ page }) => {
	await page.goto('/backpropagation/?m=%E0%A4%A&step=%');
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation');
	await page.goto('/?m=<b>bold</b>&step=Z1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('From Scratch');
	await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
});
