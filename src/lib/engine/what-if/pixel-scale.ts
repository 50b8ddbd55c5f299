/**
 * What dividing the pixels by 255 saves. ReLU never saturates, so the trouble with raw pixels
 * (0–255) is size, and it compounds: every Z¹ = W¹X + b¹ is about 255 times larger, so Z² is
 * too; the notebook's softmax exp(Z) / sum(exp(Z)) overflows once a score passes
 * ln(largest double) ≈ 709.78; and dW¹ = (1/m) dZ¹ Xᵀ carries X once more, so a step of the
 * same α moves the weights far further than they are large.
 */
import type { NetworkConfig, Params } from '../config';
import { forward } from '../forward';
import { gradients } from '../gradients';
import { crossEntropy, oneHot } from '../loss';
import type { Matrix } from '../matrix';
import { map } from '../ops/elementwise';
import { EXP_OVERFLOW } from './softmax-compare';

/** One way of feeding the pixels in, measured at the page's parameters. */
export interface PixelScaleSide {
	/** The largest pixel value fed in: 1 scaled, 255 raw. */
	readonly largestPixel: number;
	/** max |Z¹| and max |Z²| over every node and image. */
	readonly largestZ1: number;
	readonly largestZ2: number;
	/** Images with a score above EXP_OVERFLOW: the notebook's softmax gives NaN for them. */
	readonly overflowing: number;
	/** The mean loss with the engine's stable softmax. */
	readonly loss: number;
	/** α · max |dW¹| / max |W¹|: how far one step moves W¹, against how large W¹ is. */
	readonly stepRatio: number;
}

export interface PixelScale {
	readonly scaled: PixelScaleSide;
	readonly raw: PixelScaleSide;
	readonly m: number;
}

function largest(m: Matrix): number {
	let top = 0;
	for (const v of m.data) top = Math.max(top, Math.abs(v));
	return top;
}

function side(
	params: Params,
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	alpha: number
): PixelScaleSide {
	const { Z1, Z2, A2 } = forward(params, x, network);
	const [rows, m] = Z2.shape;
	let overflowing = 0;
	for (let j = 0; j < m; j++) {
		for (let i = 0; i < rows; i++) {
			if (Z2.data[i * m + j] > EXP_OVERFLOW) {
				overflowing++;
				break;
			}
		}
	}
	const { dW1 } = gradients(params, x, labels, network);
	return {
		largestPixel: largest(x),
		largestZ1: largest(Z1),
		largestZ2: largest(Z2),
		overflowing,
		loss: crossEntropy(A2, oneHot(labels)),
		stepRatio: (alpha * largest(dW1)) / largest(params.W1)
	};
}

/**
 * The page's network fed `x` (784 × m, pixels / 255) as it is and with the pixels back at
 * 0–255 (each x · 255, rounded to the whole byte it came from).
 * @example pixelScale(params, x, labels, DEFAULT_NETWORK, 0.1).raw.overflowing // > 0
 */
export function pixelScale(
	params: Params,
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	alpha: number
): PixelScale {
	const raw = map(x, (v) => Math.round(v * 255));
	return {
		scaled: side(params, x, labels, network, alpha),
		raw: side(params, raw, labels, network, alpha),
		m: x.shape[1]
	};
}
