// The chapter pipeline's Markdown settings, shared by svelte.config.js and the tests that
// prove a bad chapter fails the build.
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import { katexOptions } from './katex-options.js';
import remarkCheckSymbols from './remark-check-symbols.js';

/** @type {import('mdsvex').MdsvexOptions} */
export const mdsvexOptions = {
	extensions: ['.md'],
	// Curly quotes inside {"{"} would break Svelte expressions; dashes and ellipses are fine.
	smartypants: { quotes: false },
	remarkPlugins: [remarkMath, remarkCheckSymbols],
	// KaTeX throws on a TeX syntax error, which stops the build with the chapter's name.
	rehypePlugins: [[rehypeKatexSvelte, { ...katexOptions, throwOnError: true }]]
};
