/**
 * How numpy's functions take their arguments, once for all of them: a reduction's `axis` and
 * `keepdims` (as np.sum(a, …) and as a.sum(…)), a function of one array, a function of two.
 */
import { mapArray } from './broadcast';
import type { NdArray } from './ndarray';
import { reduce, type Axis, type Reduction } from './reductions';
import {
	bind,
	toArray,
	toBool,
	toInt,
	type Arguments,
	type FunctionValue,
	type Value
} from './values';

export const fn = (name: string, call: (args: Arguments) => Value): FunctionValue => ({
	kind: 'function',
	name,
	call
});

function toAxis(v: Value | undefined): Axis {
	if (v === undefined || v.kind === 'none') return null;
	if (v.kind === 'tuple') return v.items.map((item) => toInt(item, 'axis'));
	return toInt(v, 'axis');
}

/** np.sum(a, axis=None, keepdims=False) and its siblings. */
export function reduction(kind: Reduction, name: string, self?: NdArray): FunctionValue {
	const params = self ? ['axis', 'keepdims'] : ['a', 'axis', 'keepdims'];
	return fn(name, (args) => {
		const bound = bind(name, args, params, self ? 0 : 1);
		const [a, axis, keep] = self ? [self, ...bound] : bound;
		const keepdims = keep === undefined ? false : toBool(keep, 'keepdims');
		return reduce(kind, toArray(a as Value, name), toAxis(axis), keepdims);
	});
}

export function unaryMath(name: string, f: (x: number) => number, keep = false): FunctionValue {
	return fn(`np.${name}`, (args) => {
		const [x] = bind(`np.${name}`, args, ['x']);
		const a = toArray(x as Value, `np.${name}`);
		return mapArray(a, f, keep && a.dtype !== 'bool' ? a.dtype : 'float64');
	});
}

export function binaryMath(name: string, f: (a: NdArray, b: NdArray) => NdArray): FunctionValue {
	return fn(`np.${name}`, (args) => {
		const [x, y] = bind(`np.${name}`, args, ['x1', 'x2']);
		return f(toArray(x as Value, `np.${name}`), toArray(y as Value, `np.${name}`));
	});
}
