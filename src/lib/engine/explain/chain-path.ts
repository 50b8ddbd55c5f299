/**
 * The chain rule on one path, before any matrix: one image j, one pixel p, one hidden node h,
 * one output o. The weight W¹[h, p] moves the loss Lⱼ = −ln A²[yⱼ, j] of image j along
 *
 *   W¹[h, p] → z¹ = Z¹[h, j] → a¹ = A¹[h, j] → z² = Z²[o, j] → Lⱼ,
 *
 * and the rate along that path is the product of the four links:
 *
 *   ∂Lⱼ/∂z² · ∂z²/∂a¹ · ∂a¹/∂z¹ · ∂z¹/∂W¹[h, p] = (A²[o, j] − Y[o, j]) · W²[o, h] · g′(Z¹[h, j]) · X[p, j].
 *
 * a¹ reaches the loss through all ten outputs, so ∂Lⱼ/∂W¹[h, p] is the sum of the ten paths'
 * products. Vectorised: the sum over o is (W²ᵀ dZ²)[h, j], times g′ is dZ¹[h, j], times the
 * pixel is one term of dZ¹ Xᵀ, and the mean over the m images is dW¹[h, p].
 */
import { activatePrime, type ActivationChoice } from '../activation';
import { type Matrix } from '../matrix';
import { need, type Values } from '../steps';

/** Which path: image j, pixel p (0–783), hidden node h, output o (0–9). */
export interface PathPick {
	readonly image: number;
	readonly pixel: number;
	readonly hidden: number;
	readonly output: number;
}

export interface ChainPath {
	readonly pick: PathPick;
	/** ∂Lⱼ/∂z² = A²[o, j] − Y[o, j], that is dZ²[o, j]. */
	readonly lossSlope: number;
	/** ∂z²/∂a¹ = W²[o, h]. */
	readonly weight: number;
	/** ∂a¹/∂z¹ = g′(Z¹[h, j]). */
	readonly gate: number;
	/** ∂z¹/∂W¹[h, p] = X[p, j]. */
	readonly pixel: number;
	/** lossSlope · weight · gate · pixel: this path's share of ∂Lⱼ/∂W¹[h, p]. */
	readonly product: number;
	/** The product of the path through each output 0–9 (the picked one is `products[o]`). */
	readonly products: readonly number[];
	/** Σₒ products: ∂Lⱼ/∂W¹[h, p] for this one image. */
	readonly pathSum: number;
	/** Σₒ dZ²[o, j] W²[o, h] · g′: the hidden node's error, dZ¹[h, j]. */
	readonly hiddenError: number;
	/** (1/m) Σⱼ of every image's path sum: ∂L/∂W¹[h, p] for the mean loss L, i.e. dW¹[h, p]. */
	readonly mean: number;
	readonly m: number;
}

function entry(v: Matrix, i: number, j: number): number {
	return v.data[i * v.shape[1] + j];
}

/** One image's Σₒ paths, and its hidden error. */
function sumPaths(
	v: Required<Pick<Values, 'X' | 'Z1' | 'W2' | 'dZ2'>>,
	gPrime: Matrix,
	p: PathPick
) {
	const gate = entry(gPrime, p.hidden, p.image);
	const pixel = entry(v.X, p.pixel, p.image);
	const products: number[] = [];
	let hiddenError = 0;
	for (let o = 0; o < v.W2.shape[0]; o++) {
		const lossSlope = entry(v.dZ2, o, p.image);
		const weight = entry(v.W2, o, p.hidden);
		products.push(lossSlope * weight * gate * pixel);
		hiddenError += lossSlope * weight;
	}
	hiddenError *= gate;
	return { gate, pixel, products, pathSum: products.reduce((s, x) => s + x, 0), hiddenError };
}

/**
 * Every factor of the path `pick` from the lesson's values (X, Z¹, W², dZ² of one iteration).
 * @example chainPath(lesson.state.values, network, { image: 0, pixel: 378, hidden: 2, output: 7 })
 */
export function chainPath(values: Values, network: ActivationChoice, pick: PathPick): ChainPath {
	const v = {
		X: need(values, 'X', 'dW1'),
		Z1: need(values, 'Z1', 'dZ1'),
		W2: need(values, 'W2', 'dZ1'),
		dZ2: need(values, 'dZ2', 'dZ1')
	};
	const [inputs, m] = v.X.shape;
	const [outputs, hidden] = v.W2.shape;
	const checks: [string, number, number][] = [
		['image', pick.image, m],
		['pixel', pick.pixel, inputs],
		['hidden node', pick.hidden, hidden],
		['output', pick.output, outputs]
	];
	for (const [name, value, size] of checks) {
		if (!Number.isInteger(value) || value < 0 || value >= size) {
			throw new RangeError(`chainPath: ${name} ${value} is outside 0..${size - 1}`);
		}
	}
	const gPrime = activatePrime(v.Z1, network);
	const one = sumPaths(v, gPrime, pick);
	let total = 0;
	for (let j = 0; j < m; j++) total += sumPaths(v, gPrime, { ...pick, image: j }).pathSum;
	const lossSlope = entry(v.dZ2, pick.output, pick.image);
	const weight = entry(v.W2, pick.output, pick.hidden);
	return {
		pick,
		lossSlope,
		weight,
		gate: one.gate,
		pixel: one.pixel,
		product: one.products[pick.output],
		products: one.products,
		pathSum: one.pathSum,
		hiddenError: one.hiddenError,
		mean: (1 / m) * total,
		m
	};
}
