/**
 * How much of a loss is the log floor. An image whose true-class probability A²[y, j]
 * underflowed to 0 adds −ln(LOG_FLOOR) ≈ 744.4 to the sum instead of ∞ (see loss.ts), so while
 * the same images stay there the loss sits on a plateau of (that count) × 744.4 / m that says
 * nothing about the other images: an artefact of the floor, not of learning.
 */
import { checkLabels } from '../batches';
import { LOG_FLOOR } from '../loss';
import type { Matrix } from '../matrix';

export interface LossFloor {
	/** Images whose true-class probability is at or below LOG_FLOOR (in practice exactly 0). */
	readonly floored: number;
	readonly images: number;
	/** −ln(LOG_FLOOR): what each floored image adds to the summed loss. */
	readonly perImage: number;
	/** floored · perImage / images: the part of the mean loss that is the floor. */
	readonly part: number;
}

/**
 * The floored images of probabilities `a2` (10 × m) against `labels`, and their part of the loss.
 * @example lossFloor(forward(params, x, network).A2, labels).floored
 */
export function lossFloor(a2: Matrix, labels: ArrayLike<number>): LossFloor {
	const images = a2.shape[1];
	const y = checkLabels(labels, images);
	const perImage = -Math.log(LOG_FLOOR);
	let floored = 0;
	for (let j = 0; j < images; j++) {
		if (y[j] >= a2.shape[0]) {
			throw new RangeError(`lossFloor: label ${y[j]} at column ${j} has no row in A2`);
		}
		if (a2.data[y[j] * images + j] <= LOG_FLOOR) floored++;
	}
	return { floored, images, perImage, part: images === 0 ? NaN : (floored * perImage) / images };
}
