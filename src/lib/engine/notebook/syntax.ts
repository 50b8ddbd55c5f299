/**
 * A cell's code parsed by Lezer's Python grammar (the one the editor highlights with), and its
 * syntax errors found and worded as Python would: an unclosed bracket, a missing operand, two
 * names side by side where a product needs `@`.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { NotebookError } from './notebook-error';

/** The node's children, leaving out comments. */
export function children(node: SyntaxNode): SyntaxNode[] {
	const out: SyntaxNode[] = [];
	for (let child = node.firstChild; child; child = child.nextSibling) {
		if (child.name !== 'Comment') out.push(child);
	}
	return out;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** "'(' was never closed" and its kin, which Python reports before anything else. */
function brackets(source: string): NotebookError | undefined {
	const stack: { char: string; at: number }[] = [];
	for (let k = 0; k < source.length; k++) {
		const char = source[k];
		if (char === '#') while (k < source.length && source[k] !== '\n') k++;
		else if (OPEN[char]) stack.push({ char, at: k });
		else if (char === ')' || char === ']' || char === '}') {
			const top = stack.pop();
			if (!top || OPEN[top.char] !== char) {
				const error = new NotebookError(
					'syntax',
					top
						? `closing parenthesis '${char}' does not match opening parenthesis '${top.char}'`
						: `unmatched '${char}'`
				);
				error.from = k;
				error.to = k + 1;
				return error;
			}
		}
	}
	const open = stack.pop();
	if (!open) return undefined;
	const error = new NotebookError('syntax', `'${open.char}' was never closed`);
	error.from = open.at;
	error.to = open.at + 1;
	return error;
}

function firstError(tree: Tree): number | undefined {
	let at: number | undefined;
	tree.iterate({
		enter: (node) => {
			if (at !== undefined) return false;
			if (node.type.isError) at = node.from;
		}
	});
	return at;
}

/** Words for the place Lezer could not parse, as close to Python's as the tree allows. */
function wording(source: string, at: number): { message: string; hint?: string } {
	const before = source.slice(0, at).trimEnd();
	const after = source.slice(at).trimStart();
	if (after === '' || after.startsWith('\n') || after.startsWith('#')) {
		return { message: 'invalid syntax: the line ends before the expression does' };
	}
	if (/[\w)\]]$/.test(before) && /^[A-Za-z_(]/.test(after) && at > before.length) {
		const left = /[\w.]+$/.exec(before)?.[0] ?? 'A';
		const right = /^[\w.]+/.exec(after)?.[0] ?? 'B';
		return {
			message: 'invalid syntax. Perhaps you forgot an operator?',
			hint: `numpy writes a matrix product with @ (or np.dot): ${left} @ ${right}`
		};
	}
	const token = /^\S+/.exec(after)?.[0] ?? after[0];
	return { message: `invalid syntax at '${token.length > 20 ? `${token.slice(0, 20)}…` : token}'` };
}

/** The syntax tree of `source`, or a SyntaxError pointing at where it goes wrong. */
export function parse(source: string): Tree {
	const unbalanced = brackets(source);
	if (unbalanced) throw unbalanced;
	const tree = parser.parse(source);
	const at = firstError(tree);
	if (at !== undefined) {
		const { message, hint } = wording(source, at);
		const error = new NotebookError('syntax', message, hint);
		error.from = at;
		error.to = Math.min(source.length, at + 1);
		throw error;
	}
	return tree;
}
