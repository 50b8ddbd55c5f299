/**
 * Runs a cell: its statements in order, each an assignment (`Z1 = …`, `W1 -= …`), a bare
 * expression, a comment or `import numpy as np`. What it returns is plain data: the names the
 * cell assigned, the value of its last bare expression, and the scope's names it read — the
 * inputs whose values the verdict must take into account.
 */
import type { SyntaxNode } from '@lezer/common';
import type { BinaryOperator } from './arithmetic';
import { binary } from './arithmetic';
import { beginBudget } from './budget';
import { Expressions } from './expressions';
import { Names, type Scope } from './names';
import { locate, NotebookError } from './notebook-error';
import { children, parse } from './syntax';
import { unsupportedStatement } from './unsupported';
import { toArray, type Value } from './values';

export interface Evaluation {
	/** Each name the cell assigned, with its last value. */
	readonly assigned: ReadonlyMap<string, Value>;
	/** The value of the last statement when it was a bare expression (as Jupyter shows it). */
	readonly last?: Value;
	/** The scope's names the cell read (m, alpha, the matrices), in the order first read. */
	readonly read: readonly string[];
}

function isNumpyImport(source: string): boolean {
	return /^import\s+numpy(\s+as\s+np)?\s*;?$/.test(source.trim());
}

class Run {
	readonly names: Names;
	readonly expressions: Expressions;
	last: Value | undefined;

	constructor(
		readonly source: string,
		scope: Scope
	) {
		this.names = new Names(scope);
		this.expressions = new Expressions(source, this.names);
	}

	statement(node: SyntaxNode): void {
		try {
			this.#statement(node);
		} catch (error) {
			throw locate(error, node.from, node.to);
		}
	}

	#statement(node: SyntaxNode): void {
		this.last = undefined;
		const parts = children(node);
		switch (node.name) {
			case 'StatementGroup':
				for (const part of parts) if (part.name !== ';') this.statement(part);
				return;
			case 'ExpressionStatement':
				this.last = this.expressions.evaluate(parts[0]);
				return;
			case 'AssignStatement':
				return this.#assign(parts);
			case 'UpdateStatement':
				return this.#update(parts);
			case 'ImportStatement':
				if (isNumpyImport(this.source.slice(node.from, node.to))) return;
		}
		throw unsupportedStatement(node);
	}

	#target(node: SyntaxNode): string {
		if (node.name === 'VariableName') return this.source.slice(node.from, node.to);
		throw new NotebookError(
			'unsupported',
			node.name === 'MemberExpression'
				? 'assigning into part of an array (A[i, j] = …) or an attribute is not supported here'
				: 'only a single name can be assigned here, as in Z1 = …'
		);
	}

	#assign(parts: SyntaxNode[]): void {
		const ops = parts.filter((p) => p.name === 'AssignOp');
		if (ops.length !== 1 || parts.length !== 3) {
			throw new NotebookError(
				'unsupported',
				ops.length > 1
					? 'chained assignment (a = b = …) is not supported here'
					: 'assigning several names at once (a, b = …) is not supported here'
			);
		}
		const name = this.#target(parts[0]);
		this.names.locals.set(name, this.expressions.evaluate(parts[2]));
	}

	/** W1 -= alpha * dW1 rebinds W1 to W1 − alpha dW1 (the arrays here are never changed in place). */
	#update(parts: SyntaxNode[]): void {
		const [target, op, value] = parts;
		const name = this.#target(target);
		const symbol = this.source.slice(op.from, op.to).slice(0, -1);
		if (!['+', '-', '*', '/', '**', '//', '%'].includes(symbol)) {
			throw new NotebookError('unsupported', `the operator '${symbol}=' is not supported here`);
		}
		const current = toArray(this.names.get(name), `${symbol}=`);
		const change = toArray(this.expressions.evaluate(value), `${symbol}=`);
		this.names.locals.set(name, binary(symbol as BinaryOperator, current, change));
	}
}

/**
 * Evaluates `source` with the names of `scope`. Throws a NotebookError (with the offsets of the
 * code that raised it) for anything Python or numpy would refuse, or this notebook does not run.
 * @example evaluate('Z1 = W1 @ X + b1', scope).assigned.get('Z1') // a 10 × m array
 */
export function evaluate(source: string, scope: Scope): Evaluation {
	const tree = parse(source);
	beginBudget();
	const run = new Run(source, scope);
	try {
		for (const statement of children(tree.topNode)) run.statement(statement);
	} catch (error) {
		// Thousands of nested brackets exhaust the walk's stack: say so, as Python would.
		if (error instanceof RangeError && /call stack/i.test(error.message)) {
			throw new NotebookError('value', 'this line is nested too deeply to evaluate');
		}
		throw error;
	}
	return { assigned: run.names.locals, last: run.last, read: [...run.names.read] };
}
