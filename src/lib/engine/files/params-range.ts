/**
 * Whether saved parameters can train in the lab, whose fast kernels compute in float32
 * (largest finite value about 3.4 × 10³⁸). Two checks, each naming what it found:
 *
 * - every entry is finite in float32: Math.fround(x) is finite (1e300 is fine in float64
 *   and ∞ in float32);
 * - no image can make the forward pass non-finite. With pixels x in [0, 1] (MNIST / 255),
 *   |Z¹ᵢ| ≤ Σⱼ |W¹ᵢⱼ| + |b¹ᵢ| =: B¹ᵢ, |A¹ᵢ| ≤ |Z¹ᵢ| for ReLU and leaky ReLU (slope ≤ 1), and
 *   |Z²ₖ| ≤ Σᵢ |W²ₖᵢ| B¹ᵢ + |b²ₖ|. If that bound is finite in float32, so is every Z².
 */
import { PARAM_NAMES, type Params } from '../config';
import { ParamsFileError } from './params-fields';

/** The largest finite float32. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** The largest |Z²| entry any image with pixels in [0, 1] can give with `params`. */
export function forwardBound({ W1, b1, W2, b2 }: Params): number {
	const [hidden, inputs] = W1.shape;
	const b = new Float64Array(hidden);
	for (let i = 0; i < hidden; i++) {
		let sum = Math.abs(b1.data[i]);
		for (let j = 0; j < inputs; j++) sum += Math.abs(W1.data[i * inputs + j]);
		b[i] = sum;
	}
	let largest = 0;
	for (let k = 0; k < W2.shape[0]; k++) {
		let sum = Math.abs(b2.data[k]);
		for (let i = 0; i < hidden; i++) sum += Math.abs(W2.data[k * hidden + i]) * b[i];
		largest = Math.max(largest, sum);
	}
	return largest;
}

/**
 * Throws a ParamsFileError when `params` cannot train in float32: the first entry that is not
 * finite there, or a forward pass that could overflow.
 * @example checkParamsRange(params) // throws 'params.W1.data[0]: 1e+300 is beyond float32 …'
 */
export function checkParamsRange(params: Params): void {
	for (const name of PARAM_NAMES) {
		const { data } = params[name];
		for (let k = 0; k < data.length; k++) {
			if (!Number.isFinite(Math.fround(data[k]))) {
				throw new ParamsFileError(
					`params.${name}.data[${k}]: ${data[k]} is beyond float32's range (about 3.4e38), ` +
						`where the lab trains`
				);
			}
		}
	}
	const bound = forwardBound(params);
	if (!(bound <= FLOAT32_MAX)) {
		throw new ParamsFileError(
			`params: these weights are too large to train: an image could give |Z2| up to ` +
				`${bound.toPrecision(3)}, beyond float32's ${FLOAT32_MAX.toPrecision(3)}, so the ` +
				`first forward pass would not be finite`
		);
	}
}
