/**
 * Why a result of the wrong shape is wrong, said the way a teacher would: what the shape means
 * (one row per hidden node, one column per image), and what the learner's shape tells about
 * their line — a single number, a 1-D array where a column was needed, the sum taken over the
 * wrong axis, a transpose.
 */
import type { CellName } from './cells';
import { tuple } from './ndarray';

const MEANING: Record<CellName, string> = {
	Z1: 'one row per hidden node, one column per image',
	A1: 'one row per hidden node, one column per image',
	Z2: 'one row per digit, one column per image',
	A2: 'one row per digit, one column per image',
	dZ2: 'one row per digit, one column per image',
	dW2: 'one entry per weight of W2',
	db2: 'one number per output node, like b2',
	dZ1: 'one row per hidden node, one column per image',
	dW1: 'one entry per weight of W1: a row of 784 pixels per hidden node',
	db1: 'one number per hidden node, like b1',
	W1: 'its shape before the update',
	b1: 'its shape before the update',
	W2: 'its shape before the update',
	b2: 'its shape before the update'
};

const BIAS_GRADIENTS = new Set<CellName>(['db1', 'db2']);
const BIASES = new Set<CellName>(['b1', 'b2']);

/** "10 × 8": the site's way of writing a 2-D shape. */
const dims = (shape: readonly number[]) => shape.join(' × ');

/**
 * The explanation for `got` when cell `name` should be `want` (2-D), with m images.
 * @example shapeExplanation('db2', [], [10, 1], 8) // 'A single number: db2 is 10 × 1, …'
 */
export function shapeExplanation(
	name: CellName,
	got: readonly number[],
	want: readonly [number, number] | readonly number[],
	m: number,
	/** The notes' single-number db was recognised: its explanation says the rest. */
	slip = false
): string {
	const [rows, cols] = want;
	const should = `${name} is ${dims(want)}, ${MEANING[name]}.`;
	if (got.length === 0) {
		return BIAS_GRADIENTS.has(name) && !slip
			? `A single number: ${should} numpy would broadcast your number into every bias, so they would all move together.`
			: `A single number: ${should}`;
	}
	if (got.length === 1) {
		const [n] = got;
		if (n === rows && cols === 1) {
			return `A 1-D array ${tuple(got)}, where ${should} Keep the axis: keepdims=True, or .reshape(${rows}, 1). In b - alpha * db a 1-D (${rows},) would broadcast along the other axis, into ${rows} × ${rows}.`;
		}
		if (n === m && BIAS_GRADIENTS.has(name)) {
			return `A 1-D array of ${m} numbers, one per image: the sum ran down the columns (axis=0). ${should} Sum each row over the images: axis=1, keepdims=True.`;
		}
		return `A 1-D array ${tuple(got)}: ${should}`;
	}
	const [r, c] = got;
	if (BIAS_GRADIENTS.has(name) && r === 1 && c === m) {
		return `1 × ${m}, one number per image: the sum ran down the columns (axis=0). ${should} Sum along each row instead: axis=1.`;
	}
	if (BIASES.has(name) && r === rows && c === rows && cols === 1) {
		return `${dims(got)}: a 1-D (${rows},) gradient subtracted from the ${rows} × 1 bias broadcasts to every pair of nodes. ${should} The gradient must be ${rows} × 1 too.`;
	}
	if (r === cols && c === rows) {
		return `${dims(got)} is the transpose of ${dims(want)}: ${should} Check the order of the product, or a missing or extra .T.`;
	}
	if (BIAS_GRADIENTS.has(name) && r === rows && c === m) {
		return `${dims(got)}: nothing has been summed yet. ${should} Sum each row over the images: np.sum(…, axis=1, keepdims=True).`;
	}
	return `Yours is ${dims(got)}; ${should}`;
}
