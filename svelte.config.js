import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { mdsvexOptions } from './scripts/markdown/mdsvex-options.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex(mdsvexOptions)],
	onwarn(warning, handler) {
		// mdsvex emits <script context="module">; the warning is about mdsvex, not our code.
		if (warning.code === 'script_context_deprecated') return;
		handler(warning);
	},
	kit: {
		// 404.html is the page static hosts serve for a missing path.
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Set by the page itself (a <meta> tag on every prerendered page), so it holds on any
		// static host. Inline scripts are allowed only by the hashes SvelteKit computes at build
		// time; 'wasm-unsafe-eval' lets WebAssembly compile and is not 'unsafe-eval'. Styles
		// stay inline-capable: KaTeX and Svelte write style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			config(tsconfig) {
				// Type-check the command-line tools and configs too; the AssemblyScript kernel is
				// not TypeScript (it has its own types, checked by its compiler).
				tsconfig.include.push('../scripts/**/*.ts', '../scripts/**/*.js', '../*.config.ts');
				tsconfig.exclude.push('../src/lib/engine/fast/wasm/**');
				return tsconfig;
			}
		}
	}
};

export default config;
