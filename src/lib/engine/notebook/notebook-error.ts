/**
 * Why a cell could not run, worded as Python and numpy word it, so that what a learner reads
 * here is what their own notebook would print: `ValueError: matmul: shapes (10, 784) and
 * (8, 784) are not aligned: 784 (dim 1) != 8 (dim 0)`.
 */

/**
 * 'shape': a product whose inner sizes differ; 'broadcast': operands numpy cannot line up;
 * 'unsupported': Python or numpy this notebook does not run (named in the message).
 */
export type ErrorKind =
	| 'syntax'
	| 'name'
	| 'shape'
	| 'broadcast'
	| 'index'
	| 'axis'
	| 'attribute'
	| 'type'
	| 'value'
	| 'unsupported';

/** The exception Python or numpy would raise for each kind. */
export const PYTHON_ERROR: Readonly<Record<ErrorKind, string>> = Object.freeze({
	syntax: 'SyntaxError',
	name: 'NameError',
	shape: 'ValueError',
	broadcast: 'ValueError',
	index: 'IndexError',
	axis: 'AxisError',
	attribute: 'AttributeError',
	type: 'TypeError',
	value: 'ValueError',
	// Not Python's error but this notebook's limit; the message itself says "not supported here".
	unsupported: ''
});

export class NotebookError extends Error {
	override name = 'NotebookError';
	/** Where in the cell's code, as offsets; set by the evaluator for the node that failed. */
	from?: number;
	to?: number;

	constructor(
		readonly kind: ErrorKind,
		message: string,
		/** A teacher's word on top of numpy's: why the shapes cannot meet, what to try. */
		readonly hint?: string
	) {
		super(message);
	}

	/** "ValueError: operands could not be broadcast together with shapes (10, 8) (10, 784)" */
	get display(): string {
		const type = PYTHON_ERROR[this.kind];
		return type ? `${type}: ${this.message}` : this.message;
	}
}

/** Marks `error` with the span of code that raised it, unless an inner node already did. */
export function locate(error: unknown, from: number, to: number): unknown {
	if (error instanceof NotebookError && error.from === undefined) {
		error.from = from;
		error.to = to;
	}
	return error;
}
