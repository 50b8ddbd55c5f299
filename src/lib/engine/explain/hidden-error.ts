/**
 * dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹), the hidden error, taken apart: in its two halves as matrices a
 * learner can lay side by side (hiddenErrorParts: the error sent back through the weights, and
 * the slope mask that lets it through (1) or stops it (0 for ReLU, the small slope for Leaky
 * ReLU)), and one entry term by term (hiddenErrorEntry). The notes' slip without g′ is
 * hiddenErrorWithoutSlope in what-if/errata.ts.
 */
import { activatePrime } from '../activation';
import type { NetworkConfig } from '../config';
import { matrix, ShapeError, shapeTag, type Matrix } from '../matrix';
import { hadamard } from '../ops/elementwise';
import { matmulAT } from '../ops/matmul-at';
import { checkEntry } from './explain';

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

export interface HiddenErrorEntry {
	/** W²[k, i] · dZ²[k, j] for every output node k. */
	readonly terms: readonly { k: number; weight: number; error: number; product: number }[];
	/** (W²ᵀ dZ²)[i, j] = Σₖ W²[k, i] dZ²[k, j]: the error sent back to hidden node i. */
	readonly backprop: number;
	readonly z: number;
	/** g′(Z¹[i, j]): 1 or 0 for ReLU, 1 or the slope for Leaky ReLU. */
	readonly slope: number;
	/** backprop · slope = dZ¹[i, j] */
	readonly total: number;
}

/**
 * One entry of dZ¹, term by term: dZ¹[i, j] = (W²ᵀ dZ²)[i, j] · g′(Z¹[i, j]). As matmulAT does, k runs upward
 * and skips the k where W²[k, i] = 0.
 */
export function hiddenErrorEntry(
	W2: Matrix,
	dZ2: Matrix,
	Z1: Matrix,
	i: number,
	j: number,
	network: Pick<NetworkConfig, 'activation' | 'leakySlope'>
): HiddenErrorEntry {
	const [outputs, hidden] = W2.shape;
	if (dZ2.shape[0] !== outputs || Z1.shape[0] !== hidden || Z1.shape[1] !== dZ2.shape[1]) {
		throw new ShapeError(
			`hiddenErrorEntry: ${shapeTag(W2.shape)}ᵀ·${shapeTag(dZ2.shape)} ⊙ ${shapeTag(Z1.shape)} do not fit`
		);
	}
	checkEntry('hiddenErrorEntry', Z1.shape, i, j);
	const z = Z1.data[i * Z1.shape[1] + j];
	const terms = Array.from({ length: outputs }, (_, k) => {
		const weight = W2.data[k * hidden + i];
		const error = dZ2.data[k * dZ2.shape[1] + j];
		return { k, weight, error, product: weight * error };
	});
	let backprop = 0;
	for (const t of terms) if (t.weight !== 0) backprop += t.product;
	const slope = activatePrime(matrix(1, 1, [z]), network).data[0];
	return { terms, backprop, z, slope, total: backprop * slope };
}
