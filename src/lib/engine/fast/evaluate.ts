/**
 * Using a trained network without training it: the sparse forward pass over a whole set (test
 * accuracy, every prediction), and the plain forward pass of one drawn digit, which is too
 * small to be worth a kernel call and returns every intermediate value for the page to show.
 */
import { CLASSES, type NetworkConfig } from '../config';
import type { Kernel } from './kernel';
import { padHidden, type Packed } from './layout';

export interface Evaluation {
	readonly count: number;
	/** Mean cross-entropy. */
	readonly loss: number;
	/** Fraction predicted right, 0..1. */
	readonly accuracy: number;
	/** The predicted digit of each image. */
	readonly predictions: Uint8Array;
	/** count × 10, image by image: A² of each image; null unless asked for. */
	readonly probabilities: Float32Array | null;
}

/** The forward pass over the set the kernel knows as `handle`. */
export function evaluateSet(
	kernel: Kernel,
	handle: number,
	count: number,
	probabilities: boolean
): Evaluation {
	const predictions = new Uint8Array(count);
	const probs = probabilities ? new Float32Array(count * CLASSES) : null;
	const { lossSum, correct } = kernel.predict(handle, 0, count, probs, predictions);
	return {
		count,
		loss: lossSum / count,
		accuracy: correct / count,
		predictions,
		probabilities: probs
	};
}

export interface ForwardResult {
	readonly z1: Float64Array;
	readonly a1: Float64Array;
	readonly z2: Float64Array;
	/** softmax(Z²): the probability of each digit. */
	readonly probabilities: Float64Array;
	readonly prediction: number;
}

/**
 * Z¹ = W¹x + b¹, A¹ = g(Z¹), Z² = W²A¹ + b², A² = softmax(Z²) for one image: `pixels` as
 * bytes 0–255 (divided by 255 here) or as floats already in 0..1.
 */
export function forwardOne(
	p: Packed,
	hidden: number,
	network: Pick<NetworkConfig, 'activation' | 'leakySlope'>,
	pixels: Uint8Array | Float32Array
): ForwardResult {
	const hp = padHidden(hidden);
	const scale = pixels instanceof Uint8Array ? 1 / 255 : 1;
	const slope = network.activation === 'relu' ? 0 : network.leakySlope;
	const z1 = new Float64Array(hidden);
	for (let q = 0; q < pixels.length; q++) {
		const x = pixels[q] * scale;
		if (x !== 0) for (let h = 0; h < hidden; h++) z1[h] += p.W1T[q * hp + h] * x;
	}
	const a1 = new Float64Array(hidden);
	for (let h = 0; h < hidden; h++) {
		z1[h] += p.b1[h];
		a1[h] = z1[h] > 0 ? z1[h] : slope * z1[h];
	}
	const z2 = new Float64Array(CLASSES);
	let max = -Infinity;
	let prediction = 0;
	for (let i = 0; i < CLASSES; i++) {
		let z = p.b2[i];
		for (let h = 0; h < hidden; h++) z += p.W2[i * hp + h] * a1[h];
		z2[i] = z;
		if (z > max) [max, prediction] = [z, i];
	}
	const probabilities = z2.map((z) => Math.exp(z - max));
	const sum = probabilities.reduce((a, b) => a + b, 0);
	for (let i = 0; i < CLASSES; i++) probabilities[i] /= sum;
	return { z1, a1, z2, probabilities, prediction };
}
