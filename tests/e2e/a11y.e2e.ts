import AxeBuilder from '@axe-core/playwright';
import { sourceChapters } from '../support/chapters';
import { expect, test, type Page } from '../support/guard';

const pages = ['/', ...sourceChapters().map((c) => `/${c.slug}/`), '/lab/', '/no-such-page/'];

async function seriousViolations(page: Page, rules?: string[]) {
	const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	const results = await (rules ? axe.withRules(rules) : axe).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
}

// Each page is checked as it loads and again in projector mode (the teacher's P key), on the
// same load: the second look costs only axe's reading, not another page. Projector mode changes
// only styles (colours, sizes), so the second look runs the rules that styles can break.
const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable'];
for (const path of pages) {
	test(`${path} has no serious or critical accessibility violation, normal or in projector mode`, async ({
		page,
		guard
	}) => {
		// axe reads every node of a page, and a chapter with its derivations holds over ten
		// thousand (KaTeX's markup): on a busy two-core machine that takes most of a minute.
		test.slow();
		if (path === '/no-such-page/') guard.allowConsoleError(/404/);
		await page.goto(path);
		await expect(page.locator('.widget .loading, .dock .loading')).toHaveCount(0, {
			timeout: 20_000
		});
		// The page reacts to keys once it has started (the root then carries data-projector).
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
		expect(await seriousViolations(page), 'normal').toEqual([]);
		await page.keyboard.press('p');
		await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
		expect(await seriousViolations(page, STYLE_RULES), 'projector mode').toEqual([]);
	});
}
