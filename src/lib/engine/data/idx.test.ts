import { describe, expect, it } from 'vitest';
import { encodeIdxImages, encodeIdxLabels } from '../../../../scripts/lib/idx-write';
import { parseIdxImages, parseIdxLabels, parseIdxSet } from './idx';
import { DataError } from './mnist';

const IMAGES = 'train-images-idx3-ubyte';
const LABELS = 'train-labels-idx1-ubyte';

function images(count: number): Uint8Array {
	return encodeIdxImages(
		Uint8Array.from({ length: count * 784 }, (_, k) => k % 256),
		count
	);
}

function withWord(bytes: Uint8Array, offset: number, value: number): Uint8Array {
	const copy = bytes.slice();
	new DataView(copy.buffer).setUint32(offset, value);
	return copy;
}

describe('parseIdxImages', () => {
	it('reads count × 784 pixel bytes after the header', () => {
		const parsed = parseIdxImages(images(3), IMAGES);
		expect(parsed.count).toBe(3);
		expect(parsed.images.length).toBe(3 * 784);
		expect(parsed.images[785]).toBe(785 % 256);
	});

	it.each([
		[
			'a truncated file',
			images(3).subarray(0, 1024),
			/expected 2368 bytes for 3 images of 28×28, got 1024 \(truncated\?\)/
		],
		[
			'a file shorter than its header',
			images(1).subarray(0, 10),
			/expected a 16-byte IDX header, got 10 bytes/
		],
		['a wrong magic number', withWord(images(2), 0, 2049), /magic number 2049, expected 2051/],
		['a wrong image size', withWord(images(2), 8, 32), /images are 32×28, expected 28×28/],
		[
			'a count larger than the data',
			withWord(images(2), 4, 60000),
			/expected 47040016 bytes for 60000 images/
		],
		['a count smaller than the data', withWord(images(2), 4, 1), /trailing bytes: wrong count\?/]
	])('rejects %s, naming the file', (_, bytes, message) => {
		expect(() => parseIdxImages(bytes, IMAGES)).toThrow(DataError);
		expect(() => parseIdxImages(bytes, IMAGES)).toThrow(new RegExp(`^${IMAGES}: `));
		expect(() => parseIdxImages(bytes, IMAGES)).toThrow(message);
	});
});

describe('parseIdxLabels', () => {
	it('reads one digit a label', () => {
		expect(
			Array.from(parseIdxLabels(encodeIdxLabels(Uint8Array.of(7, 2, 1)), LABELS).labels)
		).toEqual([7, 2, 1]);
	});

	it.each([
		[
			'a truncated file',
			encodeIdxLabels(new Uint8Array(10)).subarray(0, 12),
			/expected 18 bytes for 10 labels, got 12 \(truncated\?\)/
		],
		[
			'a wrong magic number',
			withWord(encodeIdxLabels(new Uint8Array(2)), 0, 2051),
			/magic number 2051, expected 2049/
		],
		[
			'a label that is not a digit',
			encodeIdxLabels(Uint8Array.of(1, 10)),
			/label 1 is 10, not a digit 0–9/
		]
	])('rejects %s, naming the file', (_, bytes, message) => {
		expect(() => parseIdxLabels(bytes, LABELS)).toThrow(new RegExp(`^${LABELS}: `));
		expect(() => parseIdxLabels(bytes, LABELS)).toThrow(message);
	});
});

describe('parseIdxSet', () => {
	it('joins images and labels of the same count', () => {
		const set = parseIdxSet(images(2), IMAGES, encodeIdxLabels(Uint8Array.of(3, 4)), LABELS);
		expect(set.count).toBe(2);
		expect(Array.from(set.labels)).toEqual([3, 4]);
	});

	it('rejects a labels file whose count differs from the images file', () => {
		expect(() => parseIdxSet(images(2), IMAGES, encodeIdxLabels(Uint8Array.of(3)), LABELS)).toThrow(
			`${LABELS}: holds 1 labels but ${IMAGES} holds 2 images`
		);
	});
});
