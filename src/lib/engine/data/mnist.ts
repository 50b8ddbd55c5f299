/**
 * MNIST as the engine holds it: raw bytes, one image per row, exactly as the IDX files store
 * them. Pixels stay bytes (0–255) until the math needs them, where 1/255 is applied, so a set
 * costs 784 bytes an image instead of 6,272 as float64.
 */

/** Pixels per image, 28 × 28. */
export const IMAGE_SIZE = 784;
export const IMAGE_SIDE = 28;

export interface MnistSet {
	/** Number of images (and labels). */
	count: number;
	/** count × 784 bytes: image i is `images.subarray(i * 784, (i + 1) * 784)`, row by row. */
	images: Uint8Array;
	/** count digits, each 0–9. */
	labels: Uint8Array;
}

/** Thrown when a data file is missing, truncated or corrupt; the message names the file. */
export class DataError extends Error {
	override name = 'DataError';
	constructor(
		/** The file the problem is in, e.g. `train-images-idx3-ubyte`. */
		readonly file: string,
		problem: string
	) {
		super(`${file}: ${problem}`);
	}
}

/** The first `count` images and labels of `set` from `start`, sharing its memory. */
export function sliceSet(set: MnistSet, start: number, count: number): MnistSet {
	if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0) {
		throw new RangeError(`sliceSet: start ${start} and count ${count} must be whole numbers ≥ 0`);
	}
	if (start + count > set.count) {
		throw new RangeError(
			`sliceSet: images ${start}..${start + count} exceed the set's ${set.count}`
		);
	}
	return {
		count,
		images: set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE),
		labels: set.labels.subarray(start, start + count)
	};
}
