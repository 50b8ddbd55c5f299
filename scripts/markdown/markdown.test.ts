import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { mdsvexOptions } from './mdsvex-options.js';

const chapter = (body: string) => `---\ntitle: T\nsummary: S\norder: 1\n---\n\n${body}\n`;

async function render(body: string): Promise<string> {
	const result = await compile(chapter(body), {
		...mdsvexOptions,
		filename: 'content/01-test/index.md'
	});
	if (!result) throw new Error('mdsvex returned nothing');
	return result.code;
}

describe('chapter pipeline', () => {
	it('renders a tagged symbol inside an element carrying data-symbol', async () => {
		const code = await render('$$\n\\sym{W1}{W^{[1]}} x\n$$');
		expect(code).toContain('data-symbol=\\"W1\\"');
		expect(code).toContain('katex-display');
	});

	it('renders inline and display math as KaTeX, not as raw TeX', async () => {
		const code = await render('Inline $a^2$ here.\n\n$$\nb^2\n$$');
		expect(code).toContain('class=\\"katex\\"');
		expect(code).not.toContain('$a^2$');
	});

	it.each([
		['an unknown symbol name', '$\\sym{W3}{W^{[3]}}$', /unknown symbol \\sym\{W3\}/],
		['a TeX syntax error', '$$\n\\frac{1}{\n$$', /KaTeX parse error/],
		['an undefined command', '$\\notacommand x$', /Undefined control sequence/]
	])('fails the build on %s', async (_, body, message) => {
		await expect(render(body)).rejects.toThrow(message);
	});

	it.each([
		['\\href', '$\\href{https://example.com}{x}$'],
		['\\url', '$\\url{https://example.com}$'],
		['\\includegraphics', '$\\includegraphics{a.png}$']
	])('does not trust %s: it never becomes a link or an image', async (_, body) => {
		const code = await render(body);
		expect(code).not.toContain('href=');
		expect(code).not.toContain('<img');
	});

	it('keeps straight quotes so Svelte expressions survive', async () => {
		const code = await render('Say {"{"}hello{"}"}.');
		expect(code).not.toMatch(/[“”]/);
	});
});
