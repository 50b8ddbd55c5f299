/**
 * Everything a cell's expression can evaluate to: an array (numbers are 0-d arrays), a tuple
 * such as `.shape`, None, a function or method, the `np` module, or a dtype such as `float`.
 * And the conversions numpy's functions apply to their arguments, each failing with the
 * message Python would give.
 */
import { scalar, type DType, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

export interface TupleValue {
	readonly kind: 'tuple';
	readonly items: readonly Value[];
}

export interface Arguments {
	readonly positional: readonly Value[];
	readonly keywords: ReadonlyMap<string, Value>;
}

export interface FunctionValue {
	readonly kind: 'function';
	/** As Python names it: "np.sum", "ndarray.reshape". */
	readonly name: string;
	call(args: Arguments): Value;
}

export type Value =
	| NdArray
	| TupleValue
	| FunctionValue
	| { readonly kind: 'none' }
	| { readonly kind: 'module'; readonly name: string }
	| { readonly kind: 'dtype'; readonly dtype: DType };

export const NONE: Value = Object.freeze({ kind: 'none' });

/** What Python would call the value's type, for messages. */
export function typeName(v: Value): string {
	if (v.kind === 'array') return v.shape.length === 0 ? `numpy.${v.dtype}` : 'numpy.ndarray';
	if (v.kind === 'module') return 'module';
	if (v.kind === 'dtype') return 'type';
	return v.kind === 'none' ? 'NoneType' : v.kind;
}

/** An array, or a tuple of numbers read as a 1-D array (as np.array would read it). */
export function toArray(v: Value, what: string): NdArray {
	if (v.kind === 'array') return v;
	throw new NotebookError('type', `${what} needs an array or a number, not ${typeName(v)}`);
}

/** A whole number: an index, an axis, a size. */
export function toInt(v: Value, what: string): number {
	if (v.kind === 'array' && v.shape.length === 0 && v.dtype !== 'float64') return v.data[0];
	const got = v.kind === 'array' && v.shape.length === 0 ? 'a float' : typeName(v);
	throw new NotebookError('type', `${what} must be a whole number, got ${got}`);
}

/** True/False for keepdims=…; numpy accepts any number. */
export function toBool(v: Value, what: string): boolean {
	if (v.kind === 'array' && v.data.length === 1) return v.data[0] !== 0;
	throw new NotebookError('type', `${what} must be True or False, got ${typeName(v)}`);
}

/** A shape: one whole number, or a tuple of them (np.zeros((10, 1)), .reshape(10, 1)). */
export function toShape(values: readonly Value[], what: string): number[] {
	const items = values.length === 1 && values[0].kind === 'tuple' ? values[0].items : values;
	return items.map((item) => toInt(item, `${what}: each size`));
}

export function tupleOf(numbers: readonly number[]): TupleValue {
	return { kind: 'tuple', items: numbers.map((n) => scalar(n, 'int64')) };
}

/** Reads a call's arguments by position or name, as Python binds them; rejects the rest. */
export function bind(
	name: string,
	args: Arguments,
	params: readonly string[],
	required = params.length
): (Value | undefined)[] {
	if (args.positional.length > params.length) {
		throw new NotebookError(
			'type',
			`${name}() takes at most ${params.length} positional arguments (${args.positional.length} given)`
		);
	}
	const bound: (Value | undefined)[] = [...args.positional];
	for (const [key, value] of args.keywords) {
		const k = params.indexOf(key);
		if (k < 0) {
			throw new NotebookError(
				'unsupported',
				`${name}() has no argument '${key}' here; it takes ${params.join(', ')}`
			);
		}
		if (bound[k] !== undefined) {
			throw new NotebookError('type', `${name}() got multiple values for argument '${key}'`);
		}
		bound[k] = value;
	}
	for (let k = 0; k < required; k++) {
		if (bound[k] === undefined) {
			throw new NotebookError('type', `${name}() missing required argument: '${params[k]}'`);
		}
	}
	return bound;
}
