// Fails the build when a chapter tags a symbol that is not in src/lib/symbols.js, so a typo
// such as \sym{W_1}{...} cannot silently produce an equation no widget can find.
import visit from 'unist-util-visit';
import { SYMBOL_NAMES } from '../../src/lib/symbols.js';

const SYM = /\\sym\s*\{([^}]*)\}/g;

/** @returns {(tree: import('unist').Node, file: { path?: string, filename?: string }) => void} */
export default function remarkCheckSymbols() {
	return (tree, file) => {
		visit(tree, ['math', 'inlineMath'], (/** @type {any} */ node) => {
			for (const [, name] of String(node.value).matchAll(SYM)) {
				if (!(/** @type {readonly string[]} */ (SYMBOL_NAMES).includes(name))) {
					const where = `${file.filename ?? file.path ?? 'a chapter'}:${node.position?.start.line ?? '?'}`;
					throw new Error(
						`${where}: unknown symbol \\sym{${name}}; known symbols: ${SYMBOL_NAMES.join(', ')}`
					);
				}
			}
		});
	};
}
