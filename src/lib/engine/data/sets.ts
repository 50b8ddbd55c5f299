/**
 * The two ways a page gets MNIST: the small lesson subset every chapter uses, and the full
 * 60,000 + 10,000 sets for training for real. Four files load in parallel under one
 * progress total.
 */
import { loadAsset, fetchManifest, type LoadOptions } from './load';
import type { AssetName } from './manifest';
import { DataError, type MnistSet } from './mnist';

export interface TrainTest {
	train: MnistSet;
	test: MnistSet;
}

async function loadPair(prefix: '' | 'lesson-', options: LoadOptions): Promise<TrainTest> {
	options.signal?.throwIfAborted();
	const manifest = options.manifest ?? (await fetchManifest(options));
	const names = ['train-images', 'train-labels', 'test-images', 'test-labels'].map(
		(n) => `${prefix}${n}` as AssetName
	);
	const total = names.reduce((sum, n) => sum + manifest.assets[n].gzipBytes, 0);
	const loaded = names.map(() => 0);
	// One failed file cancels its siblings instead of letting 10 MB download for nothing.
	const siblings = new AbortController();
	const cancel = () => siblings.abort(options.signal?.reason);
	options.signal?.addEventListener('abort', cancel, { once: true });
	const assets = await Promise.all(
		names.map((name, i) =>
			loadAsset(name, {
				...options,
				manifest,
				signal: siblings.signal,
				onProgress(bytes) {
					loaded[i] = bytes;
					options.onProgress?.(
						loaded.reduce((a, b) => a + b, 0),
						total
					);
				}
			}).catch((error) => {
				siblings.abort(error);
				throw error;
			})
		)
	).finally(() => options.signal?.removeEventListener('abort', cancel));
	const set = (images: (typeof assets)[number], labels: (typeof assets)[number], file: string) => {
		if (images.kind !== 'images' || labels.kind !== 'labels') {
			throw new DataError(file, 'manifest lists the wrong kind of file');
		}
		if (images.count !== labels.count) {
			throw new DataError(file, `holds ${labels.count} labels for ${images.count} images`);
		}
		return { count: images.count, images: images.images, labels: labels.labels };
	};
	return {
		train: set(assets[0], assets[1], manifest.assets[names[1]].file),
		test: set(assets[2], assets[3], manifest.assets[names[3]].file)
	};
}

/** The first 1,000 training and 1,000 test images: what the chapters compute on. */
export function loadLessonSet(options: LoadOptions = {}): Promise<TrainTest> {
	return loadPair('lesson-', options);
}

/** All 60,000 training and 10,000 test images (about 11 MB to download). */
export function loadFullSet(options: LoadOptions = {}): Promise<TrainTest> {
	return loadPair('', options);
}
