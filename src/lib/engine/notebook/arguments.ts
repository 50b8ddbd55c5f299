/**
 * The inside of a call's parentheses, bound as Python binds it: positional arguments first,
 * then keyword arguments such as `axis=1, keepdims=True`. Unpacking (*args, **kwargs) is
 * refused by name.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expressions } from './expressions';
import { NotebookError } from './notebook-error';
import { children } from './syntax';
import type { Arguments, Value } from './values';

/** The arguments in `list` (an ArgList node), each evaluated in order. */
export function callArguments(expressions: Expressions, list: SyntaxNode): Arguments {
	const positional: Value[] = [];
	const keywords = new Map<string, Value>();
	const parts = children(list).filter((c) => c.name !== '(' && c.name !== ')');
	for (let k = 0; k < parts.length; k++) {
		const part = parts[k];
		if (part.name === ',') continue;
		if (part.name === '*' || part.name === '**' || expressions.text(part).startsWith('*')) {
			throw new NotebookError(
				'unsupported',
				'unpacking arguments with * or ** is not supported here'
			);
		}
		if (parts[k + 1]?.name === 'AssignOp') {
			keywords.set(expressions.text(part), expressions.evaluate(parts[k + 2]));
			k += 2;
		} else if (keywords.size > 0) {
			throw new NotebookError('syntax', 'positional argument follows keyword argument');
		} else positional.push(expressions.evaluate(part));
	}
	return { positional, keywords };
}
