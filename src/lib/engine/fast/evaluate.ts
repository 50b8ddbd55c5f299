/**
 * Using a trained network without training it: the sparse forward pass over a whole set (test
 * accuracy, every prediction). One drawn digit goes through the float64 forward pass
 * (forward.ts) instead, which returns every intermediate value for the page to show.
 */
import { CLASSES } from '../config';
import type { Kernel } from './kernel';

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
