import { expect, test, type Page } from '../support/guard';
import { stepperReady } from '../support/lesson';

// Values an address or a field cannot use as given: each gets a notice that quotes what was
// given and says what is used instead, and what is used is what the page then shows.

const NOTICE = "Some values in this page's address could not be used";

function notice(page: Page) {
	return page.getByRole('status').filter({ hasText: NOTICE });
}

const lesson: { query: string; says: string[]; shape?: string; cell?: 'none' }[] = [
	{
		query: 'm=0x10&inspect=Z1',
		says: ['m = “0x10” is not a decimal number; using 8.'],
		shape: '10 × 8'
	},
	{
		query: 'm=0o17&inspect=Z1',
		says: ['m = “0o17” is not a decimal number; using 8.'],
		shape: '10 × 8'
	},
	{
		query: 'm=0b11&inspect=Z1',
		says: ['m = “0b11” is not a decimal number; using 8.'],
		shape: '10 × 8'
	},
	{
		query: 'm=4&m=9&inspect=Z1',
		says: ['m is given 2 times (“4”, “9”); using the first.'],
		shape: '10 × 4'
	},
	{ query: 'alpha=0x10', says: ['α = “0x10” is not a decimal number; using 0.1.'] },
	{ query: 'inspect=Z1&cell=,', says: ['cell = “,” is not a row and column'], cell: 'none' },
	{
		query: 'inspect=Z1&cell=%20,%20',
		says: ['cell = “ , ” is not a row and column'],
		cell: 'none'
	},
	{
		query: 'cell=2,3',
		says: ['cell = “2,3” needs inspect= to say which matrix it is in; ignoring it.']
	},
	{ query: 'step=%00Z1', says: ['step = “\\u{0}Z1” is not one of'] },
	{ query: 'step=%E2%80%AEZ1', says: ['step = “\\u{202e}Z1” is not one of'] }
];

// Each table is one test that visits its addresses in turn, a step each: a fresh browser
// context per row costs the suite more than the row's checks.
test("each of the lesson's addresses gets a notice saying what is used instead", async ({
	page
}) => {
	test.setTimeout(90_000);
	for (const { query, says, shape, cell } of lesson) {
		await test.step(query, async () => {
			await page.goto(`/backpropagation/?${query}`);
			await stepperReady(page);
			for (const text of says) await expect(notice(page)).toContainText(text);
			const inspector = page.getByRole('region', { name: /^Inspector: / });
			if (shape) await expect(inspector.getByText(shape, { exact: true })).toBeVisible();
			if (cell) await expect(inspector.locator('.readout')).not.toContainText('row 0, column 0');
		});
	}
});

const sheet: { query: string; says: string[]; heading: RegExp; seed?: string }[] = [
	{
		query: 'seed=abc',
		says: ['seed = “abc” is not a decimal number; using 0.'],
		heading: /seed\s+0,/,
		seed: '0'
	},
	{
		query: 'alpha=1e9&m=1e6',
		says: [
			'α = “1e9” is outside 0.000001 … 100; using 100.',
			'm = “1e6” is outside 1 … 2; using 2. A worksheet is for 1 or 2 images.'
		],
		heading: /α = 100,\s+on 2 images/
	},
	{
		query: `act=${encodeURIComponent('"><svg onload=window.__pwned=1>')}`,
		says: ['activation = “"><svg onload=window.__p…” is not one of relu, leaky-relu'],
		heading: /ReLU, seed\s+0/
	},
	{
		query: 'm=2&m=1',
		says: ['m is given 2 times; using the first.'],
		heading: /on\s+2 images/
	},
	{
		query: 'm=1&step=dZ1&inspect=Z1&cell=0,0',
		says: ['step, inspect, cell say where to stand in a lesson'],
		heading: /on\s+one image/
	}
];

test("each of the worksheet's addresses gets a notice and the sheet uses what it says", async ({
	page
}) => {
	test.setTimeout(90_000);
	for (const { query, says, heading, seed } of sheet)
		await test.step(query, async () => {
			await page.goto(`/worksheet/?${query}`);
			await expect(page.locator('.worksheet table.blank').first()).toBeVisible({ timeout: 15_000 });
			for (const text of says) await expect(notice(page)).toContainText(text);
			await expect(page.locator('.worksheet header p').first()).toContainText(heading);
			if (seed) await expect(page.getByLabel('Seed')).toHaveValue(seed);
			await expect(page.locator('.notice svg, .notice img')).toHaveCount(0);
			expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
			await notice(page).getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice(page)).toHaveCount(0);
		});
});

test('a seed of 2³¹ is a seed like any other, on the worksheet as in the lab', async ({ page }) => {
	await page.goto('/worksheet/?seed=2147483648');
	await expect(page.locator('.worksheet table.blank').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('.worksheet header p').first()).toContainText('seed 2147483648,');
	await expect(page.getByLabel('Seed')).toHaveValue('2147483648');
	await expect(notice(page)).toHaveCount(0);
});

// A key the page does not read is named, with the key it was probably meant to be, and the
// rest of the address is still used.
const unknown: { path: string; says: string[]; ready: (page: Page) => Promise<void> }[] = [
	{
		path: '/backpropagation/?sed=3&m=4&inspect=Z1',
		says: [
			'“sed” = “3” is not something this address can set, so it is ignored; did you mean seed?'
		],
		ready: async (page) => {
			await stepperReady(page);
			const inspector = page.getByRole('region', { name: /^Inspector: / });
			await expect(inspector.getByText('10 × 4', { exact: true })).toBeVisible();
		}
	},
	{
		path: '/backpropagation/?m=4&activation=leaky-relu&stpe=dZ1',
		says: [
			'“activation” = “leaky-relu” is not something this address can set, so it is ignored; did you mean act?',
			'“stpe” = “dZ1” is not something this address can set, so it is ignored; did you mean step?'
		],
		ready: stepperReady
	},
	{
		path: `/backpropagation/?${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}=1`,
		says: ['“<img src=x onerror=windo…” = “1” is not something this address can set'],
		ready: stepperReady
	},
	{
		path: '/worksheet/?seeed=5&m=2',
		says: [
			'“seeed” = “5” is not something this address can set, so it is ignored; did you mean seed?'
		],
		ready: async (page) => {
			await expect(page.locator('.worksheet table.blank').first()).toBeVisible({ timeout: 15_000 });
			await expect(page.locator('.worksheet header p').first()).toContainText(/on\s+2 images/);
		}
	},
	{
		path: '/lab/?kernal=js&seed=3',
		says: [
			'“kernal” = “js” is not something this address can set, so it is ignored; did you mean kernel?',
			'“seed” = “3” is not something this address can set, so it is ignored (it can set kernel).'
		],
		ready: async (page) => {
			await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
		}
	},
	{
		path: '/lab/?kernel=JS',
		says: ['kernel = “JS” is not one of js, wasm; using wasm.'],
		ready: async (page) => {
			await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
			// The default kernel, not the fallback the address nearly asked for.
			await expect(page.getByText(/JavaScript kernel/)).toHaveCount(0);
		}
	}
];

test('each address with a key its page does not read names the key it ignores', async ({
	page
}) => {
	test.setTimeout(90_000);
	for (const { path, says, ready } of unknown)
		await test.step(path.slice(0, 48), async () => {
			await page.goto(path);
			await ready(page);
			for (const text of says) await expect(notice(page)).toContainText(text);
			await expect(notice(page).getByRole('listitem')).toHaveCount(says.length);
			await expect(page.locator('.notice svg, .notice img')).toHaveCount(0);
			expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
		});
});
