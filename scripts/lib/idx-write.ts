/**
 * Writes IDX files, the inverse of src/lib/engine/data/idx.ts: what build-data uses for the
 * lesson subsets and what tests use to make small, deliberately broken files.
 */
import { IMAGES_MAGIC, LABELS_MAGIC } from '../../src/lib/engine/data/idx';
import { IMAGE_SIDE, IMAGE_SIZE } from '../../src/lib/engine/data/mnist';

/** An IDX images file: magic 2051, count, 28, 28, then count × 784 pixel bytes. */
export function encodeIdxImages(images: Uint8Array, count: number): Uint8Array {
	if (images.length !== count * IMAGE_SIZE) {
		throw new RangeError(
			`encodeIdxImages: [${count}×${IMAGE_SIZE}] needs ${count * IMAGE_SIZE} bytes, got ${images.length}`
		);
	}
	const out = new Uint8Array(16 + images.length);
	const view = new DataView(out.buffer);
	[IMAGES_MAGIC, count, IMAGE_SIDE, IMAGE_SIDE].forEach((v, i) => view.setUint32(i * 4, v));
	out.set(images, 16);
	return out;
}

/** An IDX labels file: magic 2049, count, then one byte a label. */
export function encodeIdxLabels(labels: Uint8Array): Uint8Array {
	const out = new Uint8Array(8 + labels.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, LABELS_MAGIC);
	view.setUint32(4, labels.length);
	out.set(labels, 8);
	return out;
}
