import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';
import { currentFigure, dock } from '../support/dock';
import { liveStep, stepperReady } from '../support/lesson';

// The notes' fifteen steps, in order, as the step controller's timeline lists them.
const STEPS = ['A0', 'Z1', 'A1', 'Z2', 'A2', 'dZ2', 'dW2', 'db2', 'dZ1', 'dW1', 'db1'].concat(
	['W1', 'b1', 'W2', 'b2'].map((p) => `update-${p}`)
);

// The frontmatter's `shows` and the figures on the page must agree: a step listed there has its
// figure marked, any other step links to the chapter that lists it.
for (const chapter of sourceChapters()) {
	test(`${chapter.folder}: each step either marks its figure here or links to where it is shown`, async ({
		page
	}) => {
		await page.goto(`/${chapter.slug}/`);
		await stepperReady(page);
		const slider = dock(page).getByRole('slider', { name: 'Step in this iteration' });
		for (const [k, id] of STEPS.entries()) {
			await slider.fill(String(k + 1));
			await expect(liveStep(page)).toContainText(`step ${k + 1} of 15`);
			const output = id.replace('update-', '');
			if (chapter.shows.includes(output)) {
				await expect(currentFigure(page), id).toHaveCount(1);
				await expect(dock(page).getByRole('link', { name: /is shown in/ }), id).toHaveCount(0);
			} else {
				await expect(currentFigure(page), id).toHaveCount(0);
				// Every step of the iteration is shown on some chapter.
				expect(sourceChapters().some((c) => c.shows.includes(output))).toBe(true);
				await expect(dock(page).getByRole('link', { name: /is shown in/ }), id).toBeVisible();
			}
		}
	});
}
