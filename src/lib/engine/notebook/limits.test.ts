import { describe, expect, it } from 'vitest';
import { matrix } from '../matrix';
import { evaluate } from './evaluate';
import { scalar } from './ndarray';
import { NotebookError } from './notebook-error';

// X as the lesson has it at m = 1,000 (values do not matter here, only sizes).
const scope = {
	values: { X: matrix(784, 1000), W1: matrix(10, 784), b1: matrix(10, 1) },
	numbers: { m: scalar(1000, 'int64'), alpha: scalar(0.1) }
};

function failure(code: string): NotebookError {
	try {
		evaluate(code, scope);
	} catch (error) {
		if (error instanceof NotebookError) return error;
		throw error;
	}
	throw new Error(`${code} ran`);
}

describe('what the notebook refuses, with a short message naming it', () => {
	it.each([
		['import os', /importing anything but numpy is not supported in a cell/],
		['Z1 = lambda x: x', /lambda is not supported here/],
		['Z1 = "W1 @ X"', /text \(a string\) is not supported here/],
		['Z1 = [1, 2]', /a list \[ … \] is not supported here/],
		['Z1 = W1 @ X if m > 1 else 0', /x if condition else y is not supported here/],
		['for i in range(3):\n    Z1 = W1', /for loops is not supported in a cell/],
		['Z1[0, 0] = 1', /assigning into part of an array/],
		['a, b = W1, b1', /assigning several names at once/],
		['Z1 = W1 @ X and b1', /the operator 'and' is not supported here/],
		['Z1 = X[X > 0]', /indexing with an array/],
		['Z1 = np.linalg.norm(W1)', /np\.linalg is not supported here/],
		['Z1 = 3j', /complex numbers are not supported here/],
		['Z1 = W1.reshape(2, 5, 784)', /arrays with 3 dimensions are not supported here/]
	])('%s', (code, message) => {
		const error = failure(code);
		expect(error.kind).toBe('unsupported');
		expect(error.message).toMatch(message);
	});
});

describe('a line that would freeze the page is stopped first', () => {
	it.each([
		['np.zeros((100000, 100000))', /would hold 10,000,000,000 numbers/],
		['np.ones((4000000, 1)) + np.ones((1, 4000000))', /would hold 16,000,000,000,000 numbers/],
		['X.T @ X', /784,000,000 multiplications, too many/],
		[
			Array.from({ length: 60 }, () => 'Z1 = W1 @ X').join('\n'),
			/more arithmetic than a page should run/
		]
	])('%s', (code, message) => {
		const error = failure(code);
		expect(error.kind).toBe('value');
		expect(error.message).toMatch(message);
	});

	it('a deeply nested line is a clear error, not a crash', () => {
		// Lezer's parser stops long before the tree walk could run out of stack.
		const error = failure(`Z1 = ${'('.repeat(5000)}W1${')'.repeat(5000)}`);
		expect(error.display).toBe("SyntaxError: invalid syntax at '((((((((((((((((((((…'");
		// Moderate nesting still runs.
		expect(evaluate(`Z1 = ${'('.repeat(200)}W1${')'.repeat(200)}`, scope).assigned.size).toBe(1);
	});
});
