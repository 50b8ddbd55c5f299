// How the page moves when the dock steps: a new result fades in and the page glides to it,
// unless the learner asked for reduced motion.
import { expect, test, type Page } from '../support/guard';
import { expectReadable, resultIn } from '../support/dock';
import { stepperReady } from '../support/lesson';

test.describe('motion', () => {
	/** Clicks Next and reports, one frame later, the scroll and the step animations running. */
	const stepAndLook = (page: Page) =>
		page.evaluate(async () => {
			const next = [...document.querySelectorAll('.dock button')].find((b) =>
				b.textContent?.includes('Next')
			) as HTMLButtonElement;
			const start = scrollY;
			next.click();
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
			const animations = document
				.getAnimations()
				.filter((a) => 'animationName' in a && String(a.animationName).startsWith('step-appear'))
				.map((a) => Number(a.effect?.getTiming().duration));
			return { start, now: scrollY, animations };
		});

	test('a new result fades in within 300 ms and the page glides to it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/forward-propagation/?step=A0');
		await stepperReady(page);
		const seen = await stepAndLook(page);
		expect(seen.animations.length).toBeGreaterThan(0);
		for (const duration of seen.animations) expect(duration).toBeLessThanOrEqual(300);
		// One frame in, a smooth scroll has begun but not arrived.
		await expectReadable(page, resultIn(page, 'Z\\[1\\]'));
		const end = await page.evaluate(() => scrollY);
		expect(end).toBeGreaterThan(seen.start);
		expect(seen.now).toBeLessThan(end);
	});

	test('with reduced motion nothing fades and the page jumps at once', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/forward-propagation/?step=A0');
		await stepperReady(page);
		const seen = await stepAndLook(page);
		expect(seen.animations).toEqual([]);
		expect(seen.now).toBeGreaterThan(seen.start);
		await page.waitForTimeout(500);
		// Already there: a smooth scroll would still be hundreds of pixels away. (A pixel either way
		// is the browser's scroll anchoring as the step's figures settle to their new heights.)
		expect(Math.abs((await page.evaluate(() => scrollY)) - seen.now)).toBeLessThanOrEqual(2);
		await expectReadable(page, resultIn(page, 'Z\\[1\\]'));
	});
});
