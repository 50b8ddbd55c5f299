/**
 * dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹) in its two halves, as matrices a learner can lay side by side: the
 * error sent back through the weights, and the slope mask that lets it through (1) or stops
 * it (0 for ReLU, the small slope for Leaky ReLU).
 */
import { activatePrime } from '../activation';
import type { NetworkConfig } from '../config';
import { ShapeError, shapeTag, type Matrix } from '../matrix';
import { hadamard } from '../ops/elementwise';
import { matmulAT } from '../ops/matmul-at';

export interface HiddenErrorParts {
	/** W²ᵀ dZ², hidden × m. */
	readonly backprop: Matrix;
	/** g′(Z¹), hidden × m. */
	readonly slope: Matrix;
	/** backprop ⊙ slope: the lesson's dZ¹, bit for bit. */
	readonly product: Matrix;
	/** How many entries of the mask are below 1: nodes switched off (or turned down). */
	readonly off: number;
}

/**
 * The two factors of dZ¹ and their product, computed by the same ops as the lesson's step.
 * @example hiddenErrorParts(W2, dZ2, Z1, DEFAULT_NETWORK).product // = dZ1
 */
export function hiddenErrorParts(
	W2: Matrix,
	dZ2: Matrix,
	Z1: Matrix,
	network: Pick<NetworkConfig, 'activation' | 'leakySlope'>
): HiddenErrorParts {
	if (Z1.shape[0] !== W2.shape[1] || Z1.shape[1] !== dZ2.shape[1]) {
		throw new ShapeError(
			`hiddenErrorParts: ${shapeTag(W2.shape)}ᵀ·${shapeTag(dZ2.shape)} ⊙ ${shapeTag(Z1.shape)} do not fit`
		);
	}
	const backprop = matmulAT(W2, dZ2);
	const slope = activatePrime(Z1, network);
	let off = 0;
	for (const s of slope.data) if (s < 1) off++;
	return { backprop, slope, product: hadamard(backprop, slope), off };
}
