import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceChapters } from '../support/chapters';
import { expect, test } from '../support/guard';

const BUILD = process.env.E2E_BUILD ?? 'build';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const files = htmlFiles(BUILD);

test('the build has a page for every chapter, the lab, the worksheet and the 404', () => {
	const names = files.map((file) => relative(BUILD, file));
	for (const slug of [...sourceChapters().map((c) => c.slug), 'lab', 'worksheet']) {
		expect(names).toContain(join(slug, 'index.html'));
	}
	expect(names).toContain('404.html');
});

for (const file of files) {
	test(`${relative(BUILD, file)} sets a Content-Security-Policy that allows only hashed inline script`, () => {
		const html = readFileSync(file, 'utf8');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
		expect(meta, 'a CSP <meta> tag').not.toBeNull();
		const policy = new Map(
			(meta?.[1] ?? '').split(';').map((part) => {
				const [name, ...values] = part.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		for (const directive of policy.values()) {
			for (const source of directive) expect(source).toMatch(/^('|data:$|blob:$)/);
		}

		// Every inline script the build wrote is listed by its hash, and the policy comes first.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
			([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes)
		);
		for (const [, , body] of inline) {
			const hash = createHash('sha256').update(body).digest('base64');
			expect(scripts, 'hash of an inline script').toContain(`'sha256-${hash}'`);
		}
		const firstScript = html.search(/<script/);
		if (firstScript >= 0) expect(meta?.index ?? Infinity).toBeLessThan(firstScript);
	});
}

test('no page or worker breaks the policy, training included', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __violations: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	const violations = () =>
		page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	for (const path of ['/', '/forward-propagation/', '/softmax/', '/worksheet/']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
		expect(await violations(), path).toEqual([]);
	}
	test.setTimeout(60_000);
	await page.goto('/lab/');
	for (const [name, value] of [
		['Training images m', '1000'],
		['Iterations', '3']
	]) {
		await page.getByRole('textbox', { name, exact: true }).fill(value);
		await page.getByRole('textbox', { name, exact: true }).press('Enter');
	}
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('#lab-train').getByRole('status').first()).toHaveText(
		'Done: 3 iterations.',
		{ timeout: 45_000 }
	);
	// The worker compiled the WebAssembly kernel under the policy, not the fallback.
	await expect(page.getByText(/runs in plain JavaScript/)).toHaveCount(0);
	expect(await violations(), '/lab/').toEqual([]);
});
