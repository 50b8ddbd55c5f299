/**
 * What an array answers to — a.T, a.shape, a.sum(axis=1), a.dot(b), a.reshape(10, 1) — and
 * the few of Python's own functions a line may use: sum(A) (the notebook's softmax), len, abs.
 */
import { fn, reduction, unaryMath } from './bindings';
import { mapArray } from './broadcast';
import { reshape, transposeOf } from './indexing';
import { scalar, type DType, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';
import { dotOf } from './products';
import { builtinSum } from './reductions';
import { bind, NONE, toArray, toShape, tupleOf, type Value } from './values';

function astype(dtype: DType, a: NdArray): NdArray {
	if (dtype === 'bool') return mapArray(a, (x) => (x ? 1 : 0), 'bool');
	return mapArray(a, dtype === 'int64' ? Math.trunc : (x) => x, dtype);
}

/** The attributes and methods of an array `a`: a.T, a.shape, a.sum(axis=1), … */
export function attributeOf(a: NdArray, name: string): Value | undefined {
	switch (name) {
		case 'T':
			return transposeOf(a);
		case 'shape':
			return tupleOf(a.shape);
		case 'ndim':
			return scalar(a.shape.length, 'int64');
		case 'size':
			return scalar(a.data.length, 'int64');
		case 'sum':
		case 'max':
		case 'min':
		case 'mean':
		case 'argmax':
			return reduction(name, `ndarray.${name}`, a);
		case 'dot':
			return fn('ndarray.dot', (args) =>
				dotOf(a, toArray(bind('dot', args, ['b'])[0] as Value, 'dot'))
			);
		case 'reshape':
			return fn('ndarray.reshape', (args) => reshape(a, toShape(args.positional, 'reshape')));
		case 'transpose':
			return fn('ndarray.transpose', () => transposeOf(a));
		case 'copy':
			return fn('ndarray.copy', () => a);
		case 'flatten':
			return fn('ndarray.flatten', () => reshape(a, [-1]));
		case 'astype':
			return fn('ndarray.astype', (args) => {
				const [t] = bind('astype', args, ['dtype']);
				if (t?.kind !== 'dtype')
					throw new NotebookError('type', 'astype() needs a type: float, int or bool');
				return astype(t.dtype, a);
			});
	}
	return undefined;
}

/** Python's own functions a line may use: sum(A) (the notebook's softmax), len, abs. */
export const BUILTINS: ReadonlyMap<string, Value> = new Map<string, Value>([
	[
		'sum',
		fn('sum', (args) => builtinSum(toArray(bind('sum', args, ['iterable'])[0] as Value, 'sum()')))
	],
	[
		'len',
		fn('len', (args) => {
			const a = toArray(bind('len', args, ['obj'])[0] as Value, 'len()');
			if (a.shape.length === 0) throw new NotebookError('type', 'len() of unsized object');
			return scalar(a.shape[0], 'int64');
		})
	],
	['abs', unaryMath('abs', Math.abs, true)],
	['float', { kind: 'dtype', dtype: 'float64' }],
	['int', { kind: 'dtype', dtype: 'int64' }],
	['bool', { kind: 'dtype', dtype: 'bool' }],
	['True', scalar(1, 'bool')],
	['False', scalar(0, 'bool')],
	['None', NONE],
	[
		'print',
		fn('print', () => {
			throw new NotebookError(
				'unsupported',
				'print() is not needed here',
				'The cell shows the value it assigns, with its shape, under the code.'
			);
		})
	]
]);
