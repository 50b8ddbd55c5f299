import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, serve } from '../serve.js';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(root, 'backpropagation'));
writeFileSync(join(root, 'backpropagation', 'index.html'), '<p>chapter</p>');
writeFileSync(join(root, 'index.html'), '<p>home</p>');

describe('locate', () => {
	it.each([
		['/backpropagation', '/backpropagation/'],
		['/backpropagation?seed=3&m=4&step=dZ1', '/backpropagation/?seed=3&m=4&step=dZ1'],
		['/backpropagation?seed=3#Z1', '/backpropagation/?seed=3']
	])('redirects %s to %s, keeping the address state in the query', (url, redirect) => {
		expect(locate(root, url)).toEqual({ redirect });
	});

	it.each([
		['/backpropagation/?seed=3', join(root, 'backpropagation', 'index.html')],
		['/', join(root, 'index.html')]
	])('serves %s from its index.html', (url, file) => {
		expect(locate(root, url)).toEqual({ file });
	});

	it.each([
		['/../etc/passwd', 403],
		['/%2e%2e/%2e%2e/etc/passwd', 403],
		['/%E0%A4%A', 400],
		['/missing', 404]
	])('refuses %s with %i', (url, status) => {
		expect(locate(root, url)).toEqual({ status });
	});
});

describe('serve', () => {
	it('on port 0 listens on a free port the system picks and prints that address', async () => {
		const [a, b] = await Promise.all([0, 0].map(() => serve({ dir: root, port: 0, quiet: true })));
		try {
			const ports = [a, b].map(({ url }) => Number(new URL(url).port));
			expect(ports.every((port) => port > 0)).toBe(true);
			expect(ports[0]).not.toBe(ports[1]);
			const page = await fetch(a.url);
			expect(await page.text()).toBe('<p>home</p>');
		} finally {
			a.server.close();
			b.server.close();
		}
	});
});
