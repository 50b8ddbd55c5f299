/**
 * Python's operators on arrays, entry by entry with numpy's broadcasting and its dtypes:
 * + − * on True/False stay True/False (or, and; − is an error, as in numpy), / always gives
 * float64, a comparison gives True/False. `@` is a product, in products.ts.
 */
import { elementwise, mapArray } from './broadcast';
import { promote, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

export type BinaryOperator = '+' | '-' | '*' | '/' | '**' | '//' | '%';
export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

const floorDiv = (x: number, y: number) => Math.floor(x / y);
// Python's % takes the sign of the divisor: -1 % 3 is 2.
const mod = (x: number, y: number) => (y === 0 ? NaN : x - Math.floor(x / y) * y);

/** a ∘ b for one of Python's arithmetic operators. */
export function binary(op: BinaryOperator, a: NdArray, b: NdArray): NdArray {
	const both = promote(a.dtype, b.dtype);
	if (both === 'bool') {
		if (op === '+') return elementwise(a, b, (x, y) => (x || y ? 1 : 0), 'bool');
		if (op === '*') return elementwise(a, b, (x, y) => (x && y ? 1 : 0), 'bool');
		if (op === '-') {
			throw new NotebookError(
				'type',
				'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.'
			);
		}
	}
	const whole = both === 'float64' ? 'float64' : 'int64';
	switch (op) {
		case '+':
			return elementwise(a, b, (x, y) => x + y, whole);
		case '-':
			return elementwise(a, b, (x, y) => x - y, whole);
		case '*':
			return elementwise(a, b, (x, y) => x * y, whole);
		case '/':
			return elementwise(a, b, (x, y) => x / y, 'float64');
		case '**': {
			// A whole number to a negative whole power is a fraction; Python gives a float.
			const negative = b.data.some((y) => y < 0);
			return elementwise(a, b, (x, y) => x ** y, negative ? 'float64' : whole);
		}
		case '//':
			return elementwise(a, b, floorDiv, whole);
		case '%':
			return elementwise(a, b, mod, whole);
	}
}

/** a < b and the rest, entry by entry: True (1) or False (0). NaN compares false, ≠ true. */
export function compare(op: CompareOperator, a: NdArray, b: NdArray): NdArray {
	const test: Record<CompareOperator, (x: number, y: number) => boolean> = {
		'<': (x, y) => x < y,
		'<=': (x, y) => x <= y,
		'>': (x, y) => x > y,
		'>=': (x, y) => x >= y,
		'==': (x, y) => x === y,
		'!=': (x, y) => x !== y
	};
	const f = test[op];
	return elementwise(a, b, (x, y) => (f(x, y) ? 1 : 0), 'bool');
}

/** −a, +a, and `not`/`~` on True/False. */
export function unary(op: '-' | '+' | 'not' | '~', a: NdArray): NdArray {
	if (op === '+') return a;
	if (op === '-') {
		if (a.dtype === 'bool') {
			throw new NotebookError(
				'type',
				'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.'
			);
		}
		return mapArray(a, (x) => -x);
	}
	if (a.dtype !== 'bool' && op === '~') {
		throw new NotebookError('unsupported', '~ on numbers (bitwise not) is not supported here');
	}
	if (op === 'not' && a.data.length !== 1) {
		throw new NotebookError(
			'value',
			'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()'
		);
	}
	return mapArray(a, (x) => (x ? 0 : 1), 'bool');
}
