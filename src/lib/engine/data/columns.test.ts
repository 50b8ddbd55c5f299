import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { imagesToX, labelsOf } from './columns';
import type { MnistSet } from './mnist';

import { reference } from '../test-fixture';

const tiny: MnistSet = {
	count: 2,
	images: Uint8Array.from({ length: 2 * 784 }, (_, k) => (k < 784 ? 255 : k % 2)),
	labels: Uint8Array.of(3, 8)
};

describe('imagesToX', () => {
	it('equals the fixture X exactly for the first 8 test images', async () => {
		const test = await loadMnistNode('test');
		const x = imagesToX(test, 0, 8);
		expect(x.shape).toEqual(reference.x.shape);
		expect(Array.from(x.data)).toEqual(Array.from(reference.x.data));
	});

	it('puts image j in column j, divided by 255', () => {
		const x = imagesToX(tiny, 0, 2);
		expect(x.shape).toEqual([784, 2]);
		expect(x.data[0]).toBe(1);
		expect(x.data[1]).toBe(0);
		expect(x.data[2 * 5 + 1]).toBe(1 / 255);
	});

	it.each([
		[2, 1, /images 2..2 are outside a set of 2/],
		[-1, 1, /must be whole numbers ≥ 0/],
		[0.5, 1, /must be whole numbers ≥ 0/]
	])('rejects start %d, count %d', (start, count, message) => {
		expect(() => imagesToX(tiny, start, count)).toThrow(message);
	});

	it('names both shapes when pixels and count disagree', () => {
		const broken = { ...tiny, images: tiny.images.subarray(0, 784) };
		expect(() => imagesToX(broken, 0, 1)).toThrow(
			/needs \[2×784\] pixels and 2 labels, got 784 pixels/
		);
	});
});

describe('labelsOf', () => {
	it('gives the labels of the fixture images', async () => {
		const test = await loadMnistNode('test');
		expect(Array.from(labelsOf(test, 0, 8))).toEqual(Array.from(reference.labels));
	});

	it('returns a copy', () => {
		const labels = labelsOf(tiny, 0, 2);
		labels[0] = 9;
		expect(tiny.labels[0]).toBe(3);
	});
});
