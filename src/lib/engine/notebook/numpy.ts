/**
 * `np.<name>`: the part of numpy a cell can call, each a thin binding of Python's arguments
 * onto the operations in this folder. Anything not listed is refused by name, never guessed.
 */
import { binary } from './arithmetic';
import { binaryMath, fn, reduction, unaryMath } from './bindings';
import { broadcastShape, elementwise } from './broadcast';
import { reshape, transposeOf } from './indexing';
import { array, entries, promote, scalar, tuple, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';
import { dotOf, matmulOf } from './products';
import {
	bind,
	NONE,
	toArray,
	toShape,
	type Arguments,
	type FunctionValue,
	type Value
} from './values';

/** Both NaN-propagating, as numpy's maximum and minimum are. */
const pick = (max: boolean) => (a: NdArray, b: NdArray) =>
	elementwise(a, b, (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : max === x > y ? x : y));

function filled(name: string, value: number): FunctionValue {
	return fn(`np.${name}`, (args) => {
		const [shape] = bind(`np.${name}`, args, ['shape']);
		const dims = toShape([shape as Value], `np.${name}`);
		if (dims.some((d) => d < 0)) {
			throw new NotebookError('value', 'negative dimensions are not allowed');
		}
		return array(dims, new Float64Array(entries(dims)).fill(value));
	});
}

/** np.zeros_like(a), np.ones_like(a): a's shape, filled (float64, as the notes' arrays are). */
function like(name: string, value: number): FunctionValue {
	return fn(`np.${name}`, (args) => {
		const [a] = bind(`np.${name}`, args, ['a']);
		const shape = toArray(a as Value, `np.${name}`).shape;
		return array(shape, new Float64Array(entries(shape)).fill(value));
	});
}

/** a repeated to `shape`, by numpy's broadcasting (an error names both shapes). */
function expand(a: NdArray, shape: readonly number[]): NdArray {
	return elementwise(a, array(shape, new Float64Array(entries(shape))), (v) => v, a.dtype);
}

/** np.where(condition, x, y): x where the condition holds, y elsewhere, all three broadcast. */
function where(args: Arguments): Value {
	const [c, x, y] = bind('np.where', args, ['condition', 'x', 'y']).map((v) =>
		toArray(v as Value, 'np.where')
	);
	let shape: number[];
	try {
		shape = broadcastShape(broadcastShape(c.shape, x.shape), y.shape);
	} catch {
		throw new NotebookError(
			'broadcast',
			`operands could not be broadcast together with shapes ${[c, x, y].map((a) => tuple(a.shape)).join(' ')}`
		);
	}
	const [cs, xs, ys] = [c, x, y].map((a) => expand(a, shape));
	const out = new Float64Array(cs.data.length);
	for (let k = 0; k < out.length; k++) out[k] = cs.data[k] ? xs.data[k] : ys.data[k];
	return array(shape, out, promote(x.dtype, y.dtype));
}

const square = (x: number) => x * x;

/** `np.<name>`, for every name a cell may use. */
export const NUMPY: ReadonlyMap<string, Value> = new Map<string, Value>([
	['sum', reduction('sum', 'np.sum')],
	['max', reduction('max', 'np.max')],
	['amax', reduction('max', 'np.amax')],
	['min', reduction('min', 'np.min')],
	['mean', reduction('mean', 'np.mean')],
	['argmax', reduction('argmax', 'np.argmax')],
	['exp', unaryMath('exp', Math.exp)],
	['log', unaryMath('log', Math.log)],
	['sqrt', unaryMath('sqrt', Math.sqrt)],
	['abs', unaryMath('abs', Math.abs, true)],
	['square', unaryMath('square', square, true)],
	['maximum', binaryMath('maximum', pick(true))],
	['minimum', binaryMath('minimum', pick(false))],
	['add', binaryMath('add', (a, b) => binary('+', a, b))],
	['subtract', binaryMath('subtract', (a, b) => binary('-', a, b))],
	['multiply', binaryMath('multiply', (a, b) => binary('*', a, b))],
	['divide', binaryMath('divide', (a, b) => binary('/', a, b))],
	['dot', binaryMath('dot', dotOf)],
	['matmul', binaryMath('matmul', matmulOf)],
	['where', fn('np.where', where)],
	['zeros', filled('zeros', 0)],
	['ones', filled('ones', 1)],
	['zeros_like', like('zeros_like', 0)],
	['ones_like', like('ones_like', 1)],
	[
		'transpose',
		fn('np.transpose', (args) =>
			transposeOf(toArray(bind('np.transpose', args, ['a'])[0] as Value, 'np.transpose'))
		)
	],
	[
		'reshape',
		fn('np.reshape', (args) => {
			const [a, shape] = bind('np.reshape', args, ['a', 'newshape']);
			return reshape(toArray(a as Value, 'np.reshape'), toShape([shape as Value], 'np.reshape'));
		})
	],
	['float64', { kind: 'dtype', dtype: 'float64' }],
	['int64', { kind: 'dtype', dtype: 'int64' }],
	['e', scalar(Math.E)],
	['pi', scalar(Math.PI)],
	['newaxis', NONE]
]);
