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
