/**
 * Evaluates one Python expression by walking its Lezer syntax tree: numbers, names,
 * operators with Python's precedence (the grammar's), calls, attributes and indexing. There is
 * no eval and no generated code: each node is matched by its name and computed with the
 * operations in this folder. A node this notebook does not run is refused by name.
 */
import type { SyntaxNode } from '@lezer/common';
import { binary, compare, unary, type BinaryOperator, type CompareOperator } from './arithmetic';
import { attributeOf } from './methods';
import type { Names } from './names';
import { scalar } from './ndarray';
import { locate, NotebookError } from './notebook-error';
import { NUMPY } from './numpy';
import { matmulOf } from './products';
import { callArguments } from './arguments';
import { subscriptOf } from './subscript';
import { children } from './syntax';
import { NONE, toArray, typeName, type Value } from './values';
import { missingAttribute, unsupportedNode } from './unsupported';

export class Expressions {
	constructor(
		readonly source: string,
		readonly names: Names
	) {}

	text(node: SyntaxNode): string {
		return this.source.slice(node.from, node.to);
	}

	evaluate(node: SyntaxNode): Value {
		try {
			return this.#evaluate(node);
		} catch (error) {
			throw locate(error, node.from, node.to);
		}
	}

	#evaluate(node: SyntaxNode): Value {
		switch (node.name) {
			case 'Number':
				return this.#number(this.text(node));
			case 'Boolean':
				return scalar(this.text(node) === 'True' ? 1 : 0, 'bool');
			case 'None':
				return NONE;
			case 'VariableName':
				return this.names.get(this.text(node));
			case 'ParenthesizedExpression':
				return this.evaluate(children(node)[1]);
			case 'TupleExpression':
				return { kind: 'tuple', items: this.#items(node).map((n) => this.evaluate(n)) };
			case 'UnaryExpression':
				return this.#unary(node);
			case 'BinaryExpression':
				return this.#binary(node);
			case 'CallExpression':
				return this.#call(node);
			case 'MemberExpression':
				return this.#member(node);
		}
		throw unsupportedNode(node, this.text(node));
	}

	#number(text: string): Value {
		if (/[jJ]$/.test(text))
			throw new NotebookError('unsupported', 'complex numbers are not supported here');
		const clean = text.replaceAll('_', '');
		const whole = /^(0[xob][0-9a-f]+|\d+)$/i.test(clean);
		return scalar(Number(clean), whole ? 'int64' : 'float64');
	}

	/** The expressions between a node's brackets, split at its commas. */
	#items(node: SyntaxNode): SyntaxNode[] {
		return children(node).filter((c) => !['(', ')', '[', ']', ','].includes(c.name));
	}

	#unary(node: SyntaxNode): Value {
		const [op, operand] = children(node);
		const text = this.text(op) as '-' | '+' | 'not' | '~';
		return unary(text, toArray(this.evaluate(operand), `unary ${text}`));
	}

	#binary(node: SyntaxNode): Value {
		const [left, op, right] = children(node);
		const symbol = this.text(op);
		if (op.name === 'CompareOp') {
			if (left.name === 'BinaryExpression' && children(left)[1]?.name === 'CompareOp') {
				throw new NotebookError(
					'unsupported',
					'chained comparisons such as a < b < c are not supported here'
				);
			}
			const [a, b] = [left, right].map((n) => toArray(this.evaluate(n), symbol));
			return compare(symbol as CompareOperator, a, b);
		}
		if (op.name !== 'ArithOp') {
			throw new NotebookError(
				'unsupported',
				`the operator '${symbol}' is not supported here`,
				symbol === 'and' || symbol === 'or'
					? `For arrays, numpy writes np.logical_${symbol}(a, b).`
					: undefined
			);
		}
		const [a, b] = [left, right].map((n) => toArray(this.evaluate(n), `the operator ${symbol}`));
		return symbol === '@' ? matmulOf(a, b) : binary(symbol as BinaryOperator, a, b);
	}

	#call(node: SyntaxNode): Value {
		const [callee, list] = children(node);
		const f = this.evaluate(callee);
		if (f.kind !== 'function') {
			throw new NotebookError('type', `'${typeName(f)}' object is not callable`);
		}
		return f.call(callArguments(this, list));
	}

	#member(node: SyntaxNode): Value {
		const parts = children(node);
		const object = this.evaluate(parts[0]);
		if (parts[1]?.name === '[') return subscriptOf(this, object, parts.slice(2, -1));
		const name = this.text(parts[2]);
		const found =
			object.kind === 'module'
				? NUMPY.get(name)
				: object.kind === 'array'
					? attributeOf(object, name)
					: undefined;
		if (found) return found;
		throw missingAttribute(object, name);
	}
}
