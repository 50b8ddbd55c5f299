/**
 * The inside of `a[…]`. Lezer leaves an index as a flat run of tokens (`:`, `,` and
 * expressions), so this reads it back into numpy's terms: each comma-separated part is a whole
 * number or a slice start:stop:step. Indexing with arrays (fancy or boolean indexing) is
 * refused by name.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expressions } from './expressions';
import { subscript, type Index } from './indexing';
import { NotebookError } from './notebook-error';
import { toInt, type Value } from './values';

function bound(expressions: Expressions, node: SyntaxNode | undefined): number | null {
	if (!node) return null;
	const v = expressions.evaluate(node);
	if (v.kind === 'none') return null;
	return toInt(v, 'slice indices');
}

function part(expressions: Expressions, tokens: SyntaxNode[]): Index {
	if (tokens.length === 0) throw new NotebookError('syntax', 'invalid syntax: an empty index');
	if (tokens.some((t) => t.name === ':')) {
		// start : stop : step, each part optional.
		const fields: (SyntaxNode | undefined)[] = [undefined];
		for (const t of tokens) {
			if (t.name === ':') fields.push(undefined);
			else fields[fields.length - 1] = t;
		}
		const [start, stop, step] = fields.map((n) => bound(expressions, n));
		return { start, stop, step: step ?? null };
	}
	const [node] = tokens;
	if (node.name === 'Ellipsis') {
		throw new NotebookError('unsupported', 'an ellipsis (...) in an index is not supported here');
	}
	const v = expressions.evaluate(node);
	if (v.kind === 'none') {
		throw new NotebookError(
			'unsupported',
			'None (np.newaxis) in an index is not supported here',
			'To make a 10 × 1 column, use .reshape(10, 1) or keepdims=True.'
		);
	}
	if (v.kind === 'array' && v.shape.length > 0) {
		throw new NotebookError(
			'unsupported',
			'indexing with an array (fancy or boolean indexing) is not supported here',
			'Index with whole numbers and slices: A[i, j], A[:, j], A[0:3, :].'
		);
	}
	if (v.kind === 'array' && v.dtype === 'float64') {
		throw new NotebookError(
			'index',
			'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices'
		);
	}
	return toInt(v, 'an index');
}

/** object[tokens…] for an array, or a tuple such as `.shape` read with one whole number. */
export function subscriptOf(expressions: Expressions, object: Value, tokens: SyntaxNode[]): Value {
	const parts: SyntaxNode[][] = [[]];
	for (const t of tokens) {
		if (t.name === ',') parts.push([]);
		else parts[parts.length - 1].push(t);
	}
	// a[1,] is a[(1,)]: a trailing comma adds no index.
	if (parts.length > 1 && parts[parts.length - 1].length === 0) parts.pop();
	const index = parts.map((p) => part(expressions, p));
	if (object.kind === 'tuple') {
		const [i] = index;
		if (index.length !== 1 || typeof i !== 'number') {
			throw new NotebookError(
				'unsupported',
				'a tuple can only be read with one whole number here, as in A.shape[1]'
			);
		}
		const n = object.items.length;
		if (i < -n || i >= n) throw new NotebookError('index', 'tuple index out of range');
		return object.items[i < 0 ? i + n : i];
	}
	if (object.kind !== 'array') {
		throw new NotebookError('type', `'${object.kind}' object is not subscriptable`);
	}
	return subscript(object, index);
}
