/**
 * The sparse column form of a set of images, for the JavaScript kernel (the WebAssembly
 * kernel builds its own, in its memory). Only about 19% of MNIST pixels are nonzero (≈150 of
 * 784 an image), and W¹X only needs those:
 *
 *   Z¹[:, j] = Σ_{p : x_pj ≠ 0} W¹[:, p] · x_pj
 *
 * Image j's nonzeros are entries offsets[j] .. offsets[j+1] − 1: `pixels` holds their pixel
 * indices (0–783) and `values` their bytes as float32 (0–255; 1/255 is applied once per
 * column).
 */
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';

export interface SparseSet {
	readonly count: number;
	/** count + 1 entries. */
	readonly offsets: Int32Array;
	readonly pixels: Uint16Array;
	readonly values: Float32Array;
	readonly labels: Uint8Array;
}

/** The sparse column form of `set` (two passes: count, then fill). */
export function toSparse(set: MnistSet): SparseSet {
	const { count, images, labels } = set;
	if (images.length !== count * IMAGE_SIZE || labels.length !== count) {
		throw new RangeError(
			`toSparse: a set of ${count} needs ${count * IMAGE_SIZE} pixels and ${count} labels, ` +
				`got ${images.length} and ${labels.length}`
		);
	}
	for (let j = 0; j < count; j++) {
		if (labels[j] > 9) throw new RangeError(`toSparse: label ${j} is ${labels[j]}, not a digit`);
	}
	let nonzero = 0;
	for (let k = 0; k < images.length; k++) if (images[k] !== 0) nonzero++;
	const offsets = new Int32Array(count + 1);
	const pixels = new Uint16Array(nonzero);
	const values = new Float32Array(nonzero);
	let e = 0;
	for (let j = 0; j < count; j++) {
		offsets[j] = e;
		const row = j * IMAGE_SIZE;
		for (let p = 0; p < IMAGE_SIZE; p++) {
			const x = images[row + p];
			if (x !== 0) {
				pixels[e] = p;
				values[e++] = x;
			}
		}
	}
	offsets[count] = e;
	return { count, offsets, pixels, values, labels };
}
