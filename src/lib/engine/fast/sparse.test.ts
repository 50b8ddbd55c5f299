import { describe, expect, it } from 'vitest';
import type { MnistSet } from '../data/mnist';
import { toSparse } from './sparse';

function set(pixels: [number, number, number][], labels: number[]): MnistSet {
	const images = new Uint8Array(labels.length * 784);
	for (const [j, p, v] of pixels) images[j * 784 + p] = v;
	return { count: labels.length, images, labels: Uint8Array.from(labels) };
}

describe('toSparse', () => {
	it('lists each image’s nonzero pixels in order, with their byte values', () => {
		const s = toSparse(
			set(
				[
					[0, 5, 200],
					[0, 783, 1],
					[2, 0, 255]
				],
				[1, 2, 3]
			)
		);
		expect(Array.from(s.offsets)).toEqual([0, 2, 2, 3]);
		expect(Array.from(s.pixels)).toEqual([5, 783, 0]);
		expect(Array.from(s.values)).toEqual([200, 1, 255]);
		expect(Array.from(s.labels)).toEqual([1, 2, 3]);
	});

	it.each([
		['a label that is not a digit', { ...set([], [1, 12]) }, /label 1 is 12, not a digit/],
		[
			'pixels that do not match the count',
			{ ...set([], [1, 2]), count: 3 },
			/a set of 3 needs 2352 pixels and 3 labels, got 1568 and 2/
		]
	])('rejects %s', (_, bad, message) => {
		expect(() => toSparse(bad)).toThrow(message);
	});
});
