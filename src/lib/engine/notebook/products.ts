/**
 * `a @ b`, np.matmul, np.dot and `.dot`, with numpy's rules for arrays of at most 2
 * dimensions: 2-D times 2-D is the matrix product (the engine's own matmul); a 1-D operand is
 * a row on the left or a column on the right, and that axis is dropped from the result; two
 * 1-D arrays give their dot product, one number. `@` refuses a plain number, np.dot multiplies
 * by it.
 */
import { matmul } from '../ops/matmul';
import { matmulAT } from '../ops/matmul-at';
import { matmulBT } from '../ops/matmul-bt';
import { binary } from './arithmetic';
import { spend } from './budget';
import { array, promote, toMatrix, tuple, type NdArray } from './ndarray';
import { NotebookError } from './notebook-error';

/** A product costing more multiplications than this would stall the page; the lines need 8M. */
export const MAX_PRODUCT_WORK = 100_000_000;

function notAligned(name: string, a: NdArray, b: NdArray): NotebookError {
	// As numpy counts them: the last axis of a against the first of b.
	const inner = a.shape[a.shape.length - 1];
	return new NotebookError(
		'shape',
		`${name}: shapes ${tuple(a.shape)} and ${tuple(b.shape)} are not aligned: ${inner} (dim ${a.shape.length - 1}) != ${b.shape[0]} (dim 0)`,
		alignHint(a.shape, b.shape)
	);
}

/** When a transpose would have made the product work, say which. */
function alignHint(a: readonly number[], b: readonly number[]): string {
	const inner = a[a.length - 1];
	const lead = 'For a product the columns of the left matrix must match the rows of the right.';
	if (b.length === 2 && b[1] === inner)
		return `${lead} The right one’s .T would fit: ${tuple([b[1], b[0]])}.`;
	if (a.length === 2 && b.length === 2 && a[0] === b[0]) {
		return `${lead} The left one’s .T would fit: ${tuple([a[1], a[0]])}.`;
	}
	return lead;
}

/** As a row (left) or a column (right), so that the engine's 2-D product applies. */
function as2d(a: NdArray, side: 'left' | 'right'): NdArray {
	if (a.shape.length === 2) return a;
	const n = a.shape[0];
	return array(side === 'left' ? [1, n] : [n, 1], a.data, a.dtype);
}

function product(name: string, a: NdArray, b: NdArray): NdArray {
	const left = as2d(a, 'left');
	const right = as2d(b, 'right');
	if (left.shape[1] !== right.shape[0]) throw notAligned(name, a, b);
	const [rows, inner] = left.shape;
	const cols = right.shape[1];
	if (rows * inner * cols > MAX_PRODUCT_WORK) {
		throw new NotebookError(
			'value',
			`${name}: ${tuple(a.shape)} times ${tuple(b.shape)} is ${(rows * inner * cols).toLocaleString('en')} multiplications, too many to run on the page (the lines of this network need at most 8 million)`
		);
	}
	// A transposed operand goes to the engine as it is, as the lesson's own steps do it.
	spend(rows * inner * cols);
	const c =
		left.transposed && !right.transposed
			? matmulAT(toMatrix(left.transposed), toMatrix(right))
			: right.transposed && !left.transposed
				? matmulBT(toMatrix(left), toMatrix(right.transposed))
				: matmul(toMatrix(left), toMatrix(right));
	const shape = [...(a.shape.length === 2 ? [rows] : []), ...(b.shape.length === 2 ? [cols] : [])];
	const dtype = promote(a.dtype, b.dtype) === 'float64' ? 'float64' : 'int64';
	return array(shape, c.data, dtype);
}

/** a @ b and np.matmul(a, b). */
export function matmulOf(a: NdArray, b: NdArray): NdArray {
	for (const [k, x] of [a, b].entries()) {
		if (x.shape.length === 0) {
			throw new NotebookError(
				'value',
				`matmul: Input operand ${k} does not have enough dimensions (it is a single number); @ multiplies arrays — use * to multiply by a number`
			);
		}
	}
	return product('matmul', a, b);
}

/** np.dot(a, b) and a.dot(b): a number on either side just multiplies. */
export function dotOf(a: NdArray, b: NdArray): NdArray {
	if (a.shape.length === 0 || b.shape.length === 0) return binary('*', a, b);
	return product('dot', a, b);
}
