import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMnistNode, MNIST_FILES, mnistDataDir, readVerified } from './mnist-node';

const scratch = await mkdtemp(join(tmpdir(), 'mnist-node-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('loadMnistNode', () => {
	it.each([
		['train', 60000, [5, 0, 4]],
		['test', 10000, [7, 2, 1]]
	] as const)('loads the %s split: %d images and their labels', async (split, count, first) => {
		const set = await loadMnistNode(split);
		expect(set.count).toBe(count);
		expect(set.images.length).toBe(count * 784);
		expect(Array.from(set.labels.subarray(0, 3))).toEqual(first);
	});

	it('shares one copy between calls', async () => {
		expect(await loadMnistNode('test')).toBe(await loadMnistNode('test'));
	});

	it('rejects an unknown split', async () => {
		await expect(loadMnistNode('dev' as 'test')).rejects.toThrow(/split must be 'train' or 'test'/);
	});
});

describe('readVerified', () => {
	it('rejects a file whose SHA-256 differs, naming the file', async () => {
		const file = MNIST_FILES.test.labels;
		const bytes = await readFile(join(mnistDataDir(), file));
		bytes[100] ^= 1;
		await writeFile(join(scratch, file), bytes);
		await expect(readVerified(file, scratch)).rejects.toThrow(
			/^t10k-labels-idx1-ubyte: SHA-256 [0-9a-f]{64} does not match the expected ff7bcfd4/
		);
	});

	it('names the file it cannot read', async () => {
		await expect(readVerified(MNIST_FILES.train.images, scratch)).rejects.toThrow(
			/^train-images-idx3-ubyte: cannot read/
		);
	});

	it('accepts the original file', async () => {
		const file = MNIST_FILES.test.labels;
		await copyFile(join(mnistDataDir(), file), join(scratch, `${file}`));
		expect((await readVerified(file, scratch)).length).toBe(10008);
	});
});
