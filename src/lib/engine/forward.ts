/**
 * The forward pass on its own, for any number of images — a drawn digit, a page of test
 * images — without a Stepper:
 *   Z¹ = W¹X + b¹,  A¹ = g(Z¹),  Z² = W²A¹ + b²,  A² = softmax(Z²).
 * It calls the very ops the lesson steps call, in the same order, so its numbers are the
 * lesson's numbers bit for bit.
 */
import { activate } from './activation';
import { INPUTS, type NetworkConfig, type Params } from './config';
import { accuracy, crossEntropy, oneHot, predictions } from './loss';
import { fromData, type Matrix } from './matrix';
import { addColumn } from './ops/columns';
import { matmul } from './ops/matmul';
import { checkParams } from './params';
import { softmax } from './softmax';

/** What a forward pass needs to know of the network. */
export type ForwardNetwork = Pick<NetworkConfig, 'hidden' | 'activation' | 'leakySlope'>;

/** Every value of one forward pass: hidden × n for layer 1, 10 × n for layer 2. */
export interface ForwardPass {
	readonly Z1: Matrix;
	readonly A1: Matrix;
	readonly Z2: Matrix;
	readonly A2: Matrix;
}

/**
 * Z¹, A¹, Z², A² for the images in the columns of `x` (784 × n, pixels / 255).
 * @example forward(params, pixelsToColumn(drawn), DEFAULT_NETWORK).A2.shape // [10, 1]
 */
export function forward(params: Params, x: Matrix, network: ForwardNetwork): ForwardPass {
	checkParams(params, network, x.shape[0]);
	const Z1 = addColumn(matmul(params.W1, x), params.b1);
	const A1 = activate(Z1, network);
	const Z2 = addColumn(matmul(params.W2, A1), params.b2);
	return { Z1, A1, Z2, A2: softmax(Z2) };
}

/** The network's answer for each column of `x`. */
export interface Prediction {
	/** The predicted digit of each column: the row of its largest probability. */
	readonly predictions: Int32Array;
	/** A², 10 × n: each column's probabilities, summing to 1. */
	readonly probabilities: Matrix;
}

/** The predicted digit and the probabilities A² of each column of `x`. */
export function predict(params: Params, x: Matrix, network: ForwardNetwork): Prediction {
	const { A2 } = forward(params, x, network);
	return { predictions: predictions(A2), probabilities: A2 };
}

/**
 * Mean cross-entropy L = −(1/n) Σⱼ ln A²[yⱼ, j] and accuracy of `params` on the columns of
 * `x` with their `labels`, as the lesson reports them from A².
 */
export function evaluate(
	params: Params,
	x: Matrix,
	labels: ArrayLike<number>,
	network: ForwardNetwork
): { loss: number; accuracy: number } {
	if (labels.length !== x.shape[1]) {
		throw new RangeError(
			`evaluate: X has ${x.shape[1]} columns but there are ${labels.length} labels`
		);
	}
	const { A2 } = forward(params, x, network);
	return { loss: crossEntropy(A2, oneHot(labels)), accuracy: accuracy(predictions(A2), labels) };
}

/**
 * One image's 784 pixels (0–255, row by row as stored or drawn) as a column of X: x = pixels / 255.
 * @example pixelsToColumn(new Uint8Array(784).fill(255)).data[0] // 1
 */
export function pixelsToColumn(pixels: ArrayLike<number>): Matrix {
	if (pixels.length !== INPUTS) {
		throw new RangeError(`pixelsToColumn: an image has ${INPUTS} pixels, got ${pixels.length}`);
	}
	const data = new Float64Array(INPUTS);
	for (let p = 0; p < INPUTS; p++) {
		const v = pixels[p];
		if (!(v >= 0 && v <= 255)) {
			throw new RangeError(`pixelsToColumn: pixel ${p} is ${v}, not a value 0–255`);
		}
		data[p] = v / 255;
	}
	return fromData(INPUTS, 1, data);
}
