/**
 * The IDX format MNIST ships in: a big-endian header, then raw bytes.
 *
 *   images: magic 2051 · count · 28 · 28 · count × 784 pixel bytes
 *   labels: magic 2049 · count · count label bytes (0–9)
 *
 * Every check fails loudly and names the file: a short download must never become a set of
 * garbage digits that a learner then trains on.
 */
import { DataError, IMAGE_SIDE, IMAGE_SIZE, type MnistSet } from './mnist';

export const IMAGES_MAGIC = 2051;
export const LABELS_MAGIC = 2049;
const IMAGES_HEADER = 16;
const LABELS_HEADER = 8;

function header(bytes: Uint8Array, file: string, words: number): number[] {
	if (bytes.length < words * 4) {
		throw new DataError(
			file,
			`expected a ${words * 4}-byte IDX header, got ${bytes.length} bytes (truncated?)`
		);
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return Array.from({ length: words }, (_, i) => view.getUint32(i * 4, false));
}

function checkMagic(actual: number, expected: number, file: string, what: string): void {
	if (actual !== expected) {
		throw new DataError(
			file,
			`magic number ${actual}, expected ${expected} for an IDX ${what} file (wrong or corrupt file?)`
		);
	}
}

/** Pixel bytes of an IDX images file: count × 784, one image per row (a view, not a copy). */
export function parseIdxImages(
	bytes: Uint8Array,
	file: string
): { count: number; images: Uint8Array } {
	const [magic, count, rows, cols] = header(bytes, file, 4);
	checkMagic(magic, IMAGES_MAGIC, file, 'images');
	if (rows !== IMAGE_SIDE || cols !== IMAGE_SIDE) {
		throw new DataError(file, `images are ${rows}×${cols}, expected ${IMAGE_SIDE}×${IMAGE_SIDE}`);
	}
	const expected = IMAGES_HEADER + count * IMAGE_SIZE;
	if (bytes.length !== expected) {
		const hint = bytes.length < expected ? 'truncated?' : 'trailing bytes: wrong count?';
		throw new DataError(
			file,
			`expected ${expected} bytes for ${count} images of 28×28, got ${bytes.length} (${hint})`
		);
	}
	return { count, images: bytes.subarray(IMAGES_HEADER) };
}

/** Label bytes of an IDX labels file, each checked to be a digit 0–9 (a view, not a copy). */
export function parseIdxLabels(
	bytes: Uint8Array,
	file: string
): { count: number; labels: Uint8Array } {
	const [magic, count] = header(bytes, file, 2);
	checkMagic(magic, LABELS_MAGIC, file, 'labels');
	const expected = LABELS_HEADER + count;
	if (bytes.length !== expected) {
		const hint = bytes.length < expected ? 'truncated?' : 'trailing bytes: wrong count?';
		throw new DataError(
			file,
			`expected ${expected} bytes for ${count} labels, got ${bytes.length} (${hint})`
		);
	}
	const labels = bytes.subarray(LABELS_HEADER);
	for (let i = 0; i < count; i++) {
		if (labels[i] > 9) throw new DataError(file, `label ${i} is ${labels[i]}, not a digit 0–9`);
	}
	return { count, labels };
}

/** Joins an images file and a labels file into one set, checking that their counts agree. */
export function parseIdxSet(
	imageBytes: Uint8Array,
	imageFile: string,
	labelBytes: Uint8Array,
	labelFile: string
): MnistSet {
	const { count, images } = parseIdxImages(imageBytes, imageFile);
	const { count: labelCount, labels } = parseIdxLabels(labelBytes, labelFile);
	if (count !== labelCount) {
		throw new DataError(
			labelFile,
			`holds ${labelCount} labels but ${imageFile} holds ${count} images`
		);
	}
	return { count, images, labels };
}
