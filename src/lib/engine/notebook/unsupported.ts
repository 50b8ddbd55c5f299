/**
 * The short message for Python or numpy this notebook does not run, naming what it is, so that
 * a learner knows it is the notebook's limit and not their mistake — and, where there is one,
 * the way to write the same thing that does run.
 */
import type { SyntaxNode } from '@lezer/common';
import { NotebookError } from './notebook-error';
import { typeName, type Value } from './values';

const NODES: Record<string, [string, string?]> = {
	String: ['text (a string)', 'The lines here work on numbers and the matrices in scope.'],
	FormatString: ['an f-string'],
	ArrayExpression: [
		'a list [ … ]',
		'Use the matrices in scope, or np.zeros / np.ones for a new one.'
	],
	DictionaryExpression: ['a dictionary { … }'],
	SetExpression: ['a set { … }'],
	ConditionalExpression: ['x if condition else y', 'For arrays, write np.where(condition, x, y).'],
	LambdaExpression: ['lambda', 'Write the expression itself.'],
	ArrayComprehensionExpression: [
		'a list comprehension',
		'Whole-array operations do the same in one line.'
	],
	AwaitExpression: ['await'],
	Ellipsis: ['an ellipsis (...)']
};

export function unsupportedNode(node: SyntaxNode, text: string): NotebookError {
	const [what, hint] = NODES[node.name] ?? [
		`'${text.length > 24 ? `${text.slice(0, 24)}…` : text}' (${node.name})`
	];
	return new NotebookError('unsupported', `${what} is not supported here`, hint);
}

/** numpy functions and ndarray methods that exist but are not part of this notebook. */
const REAL_NUMPY = new Set(
	'array asarray random linalg clip round empty empty_like full_like fft polyfit exp2 log2 log10 cos sin dot_product diag trace cumprod median percentile unique std var any all cumsum ravel squeeze expand_dims argmin argsort sort prod concatenate stack vstack hstack tanh sign outer einsum log1p expm1 power isnan isinf nan inf full arange linspace eye identity mgrid tile repeat item tolist fill nonzero count_nonzero logical_and logical_or logical_not float32 int32 allclose isclose sum_along_axis'.split(
		' '
	)
);

const STATEMENTS: Record<string, string> = {
	FunctionDefinition: 'def (defining a function)',
	ClassDefinition: 'class',
	IfStatement: 'if',
	ForStatement: 'for loops',
	WhileStatement: 'while loops',
	ReturnStatement: 'return',
	PrintStatement: 'print',
	TryStatement: 'try',
	WithStatement: 'with',
	DeleteStatement: 'del',
	GlobalStatement: 'global',
	AssertStatement: 'assert',
	ImportStatement: 'importing anything but numpy',
	ScopeStatement: 'global/nonlocal'
};

/** For a statement other than an assignment, an expression or `import numpy as np`. */
export function unsupportedStatement(node: SyntaxNode): NotebookError {
	const what = STATEMENTS[node.name] ?? `a ${node.name}`;
	return new NotebookError(
		'unsupported',
		`${what} is not supported in a cell`,
		'A cell holds the line itself, e.g. Z1 = W1 @ X + b1: assignments of numpy expressions.'
	);
}

const NUMPY_NAMES =
	'np.sum, max, min, mean, argmax, exp, log, sqrt, abs, square, maximum, minimum, where, dot, matmul, zeros, ones, zeros_like, ones_like, transpose, reshape';
const ARRAY_NAMES =
	'.T, .shape, .ndim, .size, .dot, .sum, .max, .min, .mean, .argmax, .reshape, .astype';

/** An attribute this notebook does not have: numpy's own name when it is one, else Python's error. */
export function missingAttribute(object: Value, name: string): NotebookError {
	if (object.kind === 'module') {
		if (name === 'random') {
			return new NotebookError(
				'unsupported',
				'np.random is not supported here',
				'A cell works on the page’s own matrices, so that the engine can check every number.'
			);
		}
		return REAL_NUMPY.has(name)
			? new NotebookError(
					'unsupported',
					`np.${name} is not supported here`,
					`Here: ${NUMPY_NAMES}.`
				)
			: new NotebookError(
					'attribute',
					`module 'numpy' has no attribute '${name}'`,
					`Here: ${NUMPY_NAMES}.`
				);
	}
	if (object.kind === 'array') {
		return REAL_NUMPY.has(name)
			? new NotebookError(
					'unsupported',
					`the array method .${name} is not supported here`,
					`Here: ${ARRAY_NAMES}.`
				)
			: new NotebookError(
					'attribute',
					`'${typeName(object)}' object has no attribute '${name}'`,
					`Here: ${ARRAY_NAMES}.`
				);
	}
	return new NotebookError('attribute', `'${typeName(object)}' object has no attribute '${name}'`);
}
