import { expect, test, type Page } from '../support/guard';
import { set, status } from '../support/lab';

/** A version 1 file of the default network whose W¹ entries are all `w1`, changed by `edit`. */
function file(w1: string, edit: (text: string) => string = (t) => t): string {
	const h = 10;
	const numbers = (n: number, x: string) => `[${new Array(n).fill(x).join(',')}]`;
	const matrix = (rows: number, cols: number, x = '0') =>
		`{"shape":[${rows},${cols}],"data":${numbers(rows * cols, x)}}`;
	return edit(
		`{"format":"from-scratch-params","version":1,"setup":{"network":{"hidden":${h},` +
			`"activation":"relu","leakySlope":0.01,"init":"uniform","seed":0},` +
			`"optimizer":{"kind":"gd","alpha":0.1},"iterations":500,"trainSize":60000},` +
			`"trained":{"iterations":20},"params":{"W1":${matrix(h, 784, w1)},` +
			`"b1":${matrix(h, 1)},"W2":${matrix(10, h, '0.01')},"b2":${matrix(10, 1)}}}`
	);
}

test.describe('the lab refuses what it cannot train, and keeps what it has', () => {
	const refused: { name: string; text: string; says: string | RegExp }[] = [
		{
			name: 'W¹ of 1e300, finite only in float64',
			text: file('1e300'),
			says: "params.W1.data[0]: 1e+300 is beyond float32's range"
		},
		{
			name: 'W¹ near 3e38, whose forward pass overflows',
			text: file('3e38'),
			says: 'params: these weights are too large to train'
		},
		{
			name: 'a count of 1e20 updates',
			text: file('0', (t) =>
				t.replace('"trained":{"iterations":20}', '"trained":{"iterations":1e20}')
			),
			says: 'trained.iterations: 100000000000000000000 must be a whole number from 0 to 1000000'
		},
		{
			name: 'a literal 1e999',
			text: file('0', (t) =>
				t.replace('"b1":{"shape":[10,1],"data":[0', '"b1":{"shape":[10,1],"data":[1e999')
			),
			says: "params.b1.data[0]: expected a finite number, got a number beyond float64's range"
		}
	];

	for (const { name, text, says } of refused) {
		test(`refuses ${name}, naming it, and changes nothing`, async ({ page }) => {
			await page.goto('/lab/');
			await set(page, 'Iterations', '321');
			await page.getByLabel('Parameters file to load').setInputFiles({
				name: 'hostile.json',
				mimeType: 'application/json',
				buffer: Buffer.from(text)
			});
			const alert = page.locator('#lab-save').getByRole('alert');
			await expect(alert).toContainText('hostile.json was not loaded: ');
			await expect(alert).toContainText(says);
			await expect(page.getByRole('textbox', { name: 'Iterations', exact: true })).toHaveValue(
				'321'
			);
			await expect(status(page)).toHaveText('Not started.');
		});
	}

	test('a run whose loss ends far above where it started is not called fine', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '500');
		await set(page, 'Learning rate α', '100');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toContainText(
			/^Done: 500 iterations, but the loss rose from \d\.\d+ to \d{2,}\.?\d*: /,
			{
				timeout: 60_000
			}
		);
		await expect(status(page)).toContainText('this run is not learning');
	});
});

test.describe('leaving the lab mid-run', () => {
	test.setTimeout(90_000);

	/**
	 * Waits until a 5,000-iteration run has an iteration done. "Training…" comes first, and
	 * until then there is nothing to lose: the page rightly asks nothing.
	 */
	async function trainingUnderWay(page: Page) {
		await expect(status(page)).toHaveText('Training…', { timeout: 60_000 });
		await expect(page.getByText(/^Iteration [\d,]+ of 5,000$/)).toHaveText(
			/^Iteration [1-9][\d,]* of 5,000$/,
			{ timeout: 60_000 }
		);
	}

	test('asks first, stays on Cancel with the run going, and leaves on OK', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '5000');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await trainingUnderWay(page);
		const questions: string[] = [];
		page.once('dialog', (dialog) => {
			questions.push(dialog.message());
			void dialog.dismiss();
		});
		await page
			.getByRole('link', { name: /Chapter 1\b/ })
			.first()
			.click();
		await expect.poll(() => questions.length).toBe(1);
		expect(questions[0]).toMatch(
			/^Leave the lab\? The run in progress \(iteration [\d,]+\) is not saved/
		);
		await expect(page).toHaveURL(/\/lab\/$/);
		await expect(status(page)).toHaveText('Training…');

		page.once('dialog', (dialog) => void dialog.accept());
		await page
			.getByRole('link', { name: /Chapter 1\b/ })
			.first()
			.click();
		await expect(page).not.toHaveURL(/\/lab\/$/);
	});

	test('asks nothing once the run has finished', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 60_000 });
		let asked = false;
		page.on('dialog', (dialog) => {
			asked = true;
			void dialog.dismiss();
		});
		await page
			.getByRole('link', { name: /Chapter 1\b/ })
			.first()
			.click();
		await expect(page).not.toHaveURL(/\/lab\/$/);
		expect(asked).toBe(false);
	});

	test('a reload or a closed tab mid-run gets the browser’s own question', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '5000');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await trainingUnderWay(page);
		const asked = new Promise<string>((resolve) =>
			page.once('dialog', (dialog) => {
				resolve(dialog.type());
				void dialog.accept();
			})
		);
		await page.close({ runBeforeUnload: true });
		expect(await asked).toBe('beforeunload');
	});
});

test.describe('the kernel that trains, and a saved run', () => {
	test.setTimeout(90_000);

	test('a run says it ran in WebAssembly; with ?kernel=js the page says why it did not', async ({
		page
	}) => {
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 60_000 });
		const report = page.locator('#lab-report');
		await expect(report).toContainText(', in WebAssembly.');
		await expect(page.getByRole('note')).toHaveCount(0);

		await page.goto('/lab/?kernel=js');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '3');
		await set(page, 'Hidden nodes', '64');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(page.getByRole('note')).toHaveText(
			'The JavaScript kernel was asked for (?kernel=js), so WebAssembly is not used.'
		);
		await expect(status(page)).toHaveText('Done: 3 iterations.', { timeout: 60_000 });
		await expect(report).toContainText(', in JavaScript.');
		await expect(report).not.toContainText('WebAssembly');
	});

	test('hidden size 64 trains on both kernels to the same accuracy', async ({ page }) => {
		const accuracy = async (path: string) => {
			await page.goto(path);
			await set(page, 'Training images m', '1000');
			await set(page, 'Iterations', '5');
			await set(page, 'Hidden nodes', '64');
			await page.getByRole('button', { name: 'Start', exact: true }).click();
			await expect(status(page)).toHaveText('Done: 5 iterations.', { timeout: 60_000 });
			const text = await page.locator('#lab-report').innerText();
			return /test accuracy\s+([\d.]+)%/.exec(text)?.[1];
		};
		const wasm = await accuracy('/lab/');
		const js = await accuracy('/lab/?kernel=js');
		expect(wasm).toMatch(/^\d+\.\d\d$/);
		// Both compute in float32 from the same start: the same predictions, within rounding.
		expect(Math.abs(Number(js) - Number(wasm))).toBeLessThanOrEqual(0.05);
		expect(Number(wasm)).toBeGreaterThan(15);
	});

	test('saving then loading gives back the test accuracy it was saved with', async ({ page }) => {
		await page.goto('/lab/');
		await set(page, 'Training images m', '1000');
		await set(page, 'Iterations', '8');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(status(page)).toHaveText('Done: 8 iterations.', { timeout: 60_000 });
		const report = page.locator('#lab-report');
		const measured = /test accuracy\s+([\d.]+%)/.exec(await report.innerText())?.[1];
		expect(measured).toMatch(/^\d+\.\d\d%$/);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download parameters (JSON)' }).click()
		]);
		const saved = await download.path();

		await page.goto('/lab/');
		await page.getByLabel('Parameters file to load').setInputFiles(saved);
		await expect(page.locator('#lab-save').getByRole('status')).toContainText(
			'a network trained for 8 iterations'
		);
		await expect(report).toContainText(`test accuracy ${measured}`, { timeout: 60_000 });
	});
});
