/**
 * From stored rows to the notes' layout: the data file holds one image per ROW (m × 784);
 * the network wants each image as a COLUMN, so X = (rows)ᵀ / 255 is 784 × m, with
 * X[p, j] = pixel p of image j, scaled to [0, 1].
 */
import { fromData, type Matrix } from '../matrix';
import { IMAGE_SIZE, type MnistSet } from './mnist';

function checkRange(name: string, set: MnistSet, start: number, count: number): void {
	if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0) {
		throw new RangeError(`${name}: start ${start} and count ${count} must be whole numbers ≥ 0`);
	}
	if (start + count > set.count) {
		throw new RangeError(
			`${name}: images ${start}..${start + count - 1} are outside a set of ${set.count}`
		);
	}
	if (set.images.length !== set.count * IMAGE_SIZE || set.labels.length !== set.count) {
		throw new RangeError(
			`${name}: a set of ${set.count} needs [${set.count}×${IMAGE_SIZE}] pixels and ` +
				`${set.count} labels, got ${set.images.length} pixels and ${set.labels.length} labels`
		);
	}
}

/**
 * X = A⁰, 784 × count: column j is image `start + j`, every pixel divided by 255.
 * @example imagesToX(test, 0, 8).shape // [784, 8]
 */
export function imagesToX(set: MnistSet, start: number, count: number): Matrix {
	checkRange('imagesToX', set, start, count);
	const data = new Float64Array(IMAGE_SIZE * count);
	for (let j = 0; j < count; j++) {
		const row = (start + j) * IMAGE_SIZE;
		for (let p = 0; p < IMAGE_SIZE; p++) data[p * count + j] = set.images[row + p] / 255;
	}
	return fromData(IMAGE_SIZE, count, data);
}

/**
 * y, the digit each column of X shows: labels `start .. start + count − 1` (a copy).
 * @example labelsOf(test, 0, 8) // Uint8Array [7, 2, 1, 0, 4, 1, 4, 9]
 */
export function labelsOf(set: MnistSet, start: number, count: number): Uint8Array {
	checkRange('labelsOf', set, start, count);
	return set.labels.slice(start, start + count);
}
