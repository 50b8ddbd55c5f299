/**
 * What a name in a cell refers to: a name the cell assigned, a matrix of the lesson, m, alpha,
 * `np`, or one of Python's few builtins here. A name that is none of these is a NameError, with
 * a teacher's hint when the slip is a familiar one (z1 for Z1, ReLU(…) from the notebook's own
 * helper functions, dZ2 asked for before the iteration has computed it).
 */
import type { Matrix } from '../matrix';
import { BUILTINS } from './methods';
import { fromMatrix, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';
import type { Value } from './values';

/** The names a cell starts with. */
export interface Scope {
	/** The lesson's matrices and the learner's results, by symbol. */
	readonly values: Readonly<Record<string, Matrix | NdArray | undefined>>;
	/** m and alpha, as Python numbers. */
	readonly numbers: Readonly<Record<string, NdArray>>;
	/**
	 * Why a known name has no value yet at this point of the iteration ("dZ2 is computed after
	 * Z1"), for the NameError's hint.
	 */
	readonly pending?: (name: string) => string | undefined;
}

export const NP: Value = Object.freeze({ kind: 'module', name: 'np' });

/** The notebook's helper functions, and how to write each with numpy instead. */
const HELPERS: Record<string, string> = {
	relu: 'np.maximum(Z1, 0)',
	relu_deriv: 'Z1 > 0',
	deriv_relu: 'Z1 > 0',
	softmax: 'np.exp(Z2) / np.sum(np.exp(Z2), axis=0) — and subtract each column’s max first',
	one_hot: 'Y, which is already one-hot here',
	leaky_relu: 'np.where(Z1 > 0, Z1, 0.01 * Z1)',
	sigmoid: 'nothing: this network uses ReLU'
};

function hintFor(name: string, scope: Scope): string | undefined {
	const pending = scope.pending?.(name);
	if (pending) return pending;
	const helper = HELPERS[name.toLowerCase()];
	if (helper)
		return `No function ${name} is defined in this notebook; write it with numpy: ${helper}.`;
	if (name === 'numpy') return 'numpy is imported as np here: write np.sum, np.exp, …';
	const known = [...Object.keys(scope.values), ...Object.keys(scope.numbers), 'np'];
	const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
	if (near) return `Names are case-sensitive: did you mean ${near}?`;
	return `The names here are ${known.join(', ')}.`;
}

/** Looks names up in a cell: its own assignments first, then the scope, np, the builtins. */
export class Names {
	readonly locals = new Map<string, Value>();
	/** The scope's names the cell read before assigning them itself. */
	readonly read = new Set<string>();
	#converted = new Map<string, NdArray>();

	constructor(readonly scope: Scope) {}

	get(name: string): Value {
		const local = this.locals.get(name);
		if (local) return local;
		const value = this.scope.values[name];
		if (value) {
			this.read.add(name);
			let converted = this.#converted.get(name);
			if (!converted) {
				converted = 'kind' in value ? value : fromMatrix(value);
				this.#converted.set(name, converted);
			}
			return converted;
		}
		const number = this.scope.numbers[name];
		if (number) {
			this.read.add(name);
			return number;
		}
		if (name === 'np') return NP;
		const builtin = BUILTINS.get(name);
		if (builtin) return builtin;
		throw new NotebookError('name', `name '${name}' is not defined`, hintFor(name, this.scope));
	}
}
