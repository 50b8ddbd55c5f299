/**
 * Why the bend is not optional. Without an activation (g the identity) the two layers are one:
 *
 *   W²(W¹X + b¹) + b² = (W²W¹) X + (W²b¹ + b²) = W X + b,   W = W²W¹ (10 × 784), b = W²b¹ + b² (10 × 1).
 *
 * `collapse` computes both sides from the page's parameters: the two-layer scores with the
 * chosen g, and the single layer W X + b. With the identity they agree to rounding; with ReLU
 * or Leaky ReLU they do not, because g(W¹X + b¹) is not a linear function of X.
 */
import { activate, type ActivationChoice } from '../activation';
import type { Params } from '../config';
import { predictions } from '../loss';
import type { Matrix } from '../matrix';
import { addColumn } from '../ops/columns';
import { matmul } from '../ops/matmul';
import { checkParams } from '../params';

/** Largest |difference| relative to the scores' size at which the two sides count as equal. */
export const COLLAPSE_TOLERANCE = 1e-12;

export interface Collapse {
	/** Z² of the two layers with g: W² g(W¹X + b¹) + b², 10 × m. */
	readonly twoLayers: Matrix;
	/** The single layer's weights W = W²W¹ (10 × 784) and biases b = W²b¹ + b² (10 × 1). */
	readonly W: Matrix;
	readonly b: Matrix;
	/** W X + b, 10 × m. */
	readonly oneLayer: Matrix;
	/** max |twoLayers − oneLayer| over every entry, and where it is (row, column). */
	readonly largestDifference: number;
	readonly at: readonly [number, number];
	/** largestDifference / max |twoLayers|. */
	readonly relative: number;
	/** relative ≤ COLLAPSE_TOLERANCE */
	readonly equal: boolean;
	/** Images (columns) whose predicted digit is the same on both sides, of m. */
	readonly samePredictions: number;
}

/**
 * Both sides of the collapse for the images in the columns of `x` (784 × m).
 * @example collapse(params, x, { activation: 'identity', leakySlope: 0.01 }).equal // true
 */
export function collapse(params: Params, x: Matrix, g: ActivationChoice): Collapse {
	checkParams(params, { hidden: params.W1.shape[0] }, x.shape[0]);
	const twoLayers = addColumn(
		matmul(params.W2, activate(addColumn(matmul(params.W1, x), params.b1), g)),
		params.b2
	);
	const W = matmul(params.W2, params.W1);
	const b = addColumn(matmul(params.W2, params.b1), params.b2);
	const oneLayer = addColumn(matmul(W, x), b);
	let largestDifference = 0;
	let largest = 0;
	let scale = 0;
	for (let k = 0; k < twoLayers.data.length; k++) {
		const d = Math.abs(twoLayers.data[k] - oneLayer.data[k]);
		if (d > largestDifference) [largestDifference, largest] = [d, k];
		scale = Math.max(scale, Math.abs(twoLayers.data[k]));
	}
	const m = x.shape[1];
	const relative = largestDifference / Math.max(scale, 1e-300);
	const two = predictions(twoLayers);
	const one = predictions(oneLayer);
	let samePredictions = 0;
	for (let j = 0; j < m; j++) if (two[j] === one[j]) samePredictions++;
	return {
		twoLayers,
		W,
		b,
		oneLayer,
		largestDifference,
		at: [Math.floor(largest / m), largest % m],
		relative,
		equal: relative <= COLLAPSE_TOLERANCE,
		samePredictions
	};
}
