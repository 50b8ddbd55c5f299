import { expect, test } from '../support/guard';
import { liveStep, stepperReady as ready } from '../support/lesson';

test('a shared address without its trailing slash keeps its state through the redirect', async ({
	page
}) => {
	await page.goto('/backpropagation?seed=3&m=4&step=dZ1');
	await expect(page).toHaveURL(/\/backpropagation\/\?seed=3&m=4&step=dZ1$/);
	await ready(page);
	await expect(liveStep(page)).toContainText('dZ[1]');
});
