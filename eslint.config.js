import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The engine must run unchanged in Node, in a Web Worker and in the page: no Svelte, no
// SvelteKit, no DOM. These globals exist in a browser page but not in Node or a worker.
const DOM_GLOBALS = [
	'document',
	'window',
	'navigator',
	'localStorage',
	'sessionStorage',
	'HTMLElement',
	'Element',
	'Node',
	'requestAnimationFrame',
	'alert'
].map((name) => ({ name, message: 'src/lib/engine/ stays DOM-free: pass data in instead.' }));

export default ts.config(
	{
		ignores: [
			// AssemblyScript, not TypeScript: its decorators and types are checked by asc.
			'src/lib/engine/fast/wasm/',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/data/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'src/lib/engine/ must not import Svelte.' },
						{
							group: ['$app/*', '@sveltejs/*'],
							message: 'src/lib/engine/ must not import SvelteKit.'
						},
						{
							group: ['d3', 'd3-*', 'katex'],
							message: 'src/lib/engine/ computes; drawing lives in widgets.'
						},
						{
							group: ['$lib/components/*', '$lib/widgets/*', '**/*.svelte'],
							message: 'src/lib/engine/ must not import UI code.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...DOM_GLOBALS]
		}
	}
);
