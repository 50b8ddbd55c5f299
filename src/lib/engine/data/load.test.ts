import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeIdxImages, encodeIdxLabels } from '../../../../scripts/lib/idx-write';
import { crc32, crc32Hex } from './crc32';
import { loadAsset } from './load';
import {
	ASSET_NAMES,
	MANIFEST_VERSION,
	type AssetEntry,
	type AssetName,
	type Manifest
} from './manifest';
import { loadLessonSet } from './sets';

const COUNT = 5;
const raw = {
	images: encodeIdxImages(
		Uint8Array.from({ length: COUNT * 784 }, (_, k) => (k * 7) % 256),
		COUNT
	),
	labels: encodeIdxLabels(Uint8Array.of(0, 1, 2, 3, 9))
};

/** A data folder in memory: every asset holds the same small images or labels file. */
function folder() {
	const files = new Map<string, Uint8Array>();
	const assets = {} as Record<AssetName, AssetEntry>;
	for (const name of ASSET_NAMES) {
		const kind = name.endsWith('images') ? 'images' : 'labels';
		const gz = new Uint8Array(gzipSync(raw[kind]));
		const file = `${name}.gz`;
		files.set(file, gz);
		assets[name] = {
			file,
			kind,
			count: COUNT,
			gzipBytes: gz.length,
			bytes: raw[kind].length,
			crc32: crc32Hex(crc32(raw[kind]))
		};
	}
	const manifest: Manifest = { version: MANIFEST_VERSION, assets };
	files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
	return { files, manifest };
}

/** A fetch over `files` that streams bodies in 500-byte chunks, as a network would. */
function fakeFetch(
	files: Map<string, Uint8Array>,
	headers: Record<string, string> = {}
): typeof fetch {
	return (async (url: string | URL | Request, init?: RequestInit) => {
		init?.signal?.throwIfAborted();
		const bytes = files.get(String(url).replace('/data/', ''));
		if (bytes === undefined)
			return new Response('missing', { status: 404, statusText: 'Not Found' });
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.slice(i, i + 500));
				controller.close();
			}
		});
		return new Response(body, { status: 200, headers });
	}) as typeof fetch;
}

describe('loadAsset', () => {
	it('streams, decompresses, verifies and parses an images file, reporting progress', async () => {
		const { files } = folder();
		const progress: [number, number][] = [];
		const asset = await loadAsset('lesson-train-images', {
			fetch: fakeFetch(files),
			onProgress: (loaded, total) => progress.push([loaded, total])
		});
		expect(asset.kind).toBe('images');
		expect(asset.count).toBe(COUNT);
		const total = files.get('lesson-train-images.gz')!.length;
		expect(progress.at(-1)).toEqual([total, total]);
		expect(progress.every(([loaded], i) => i === 0 || loaded > progress[i - 1][0])).toBe(true);
	});

	it('accepts a server that already decoded the gzip (Content-Encoding: gzip)', async () => {
		const { files, manifest } = folder();
		files.set('test-labels.gz', raw.labels);
		const asset = await loadAsset('test-labels', {
			fetch: fakeFetch(files, { 'content-encoding': 'gzip' }),
			manifest
		});
		expect(asset.kind === 'labels' && Array.from(asset.labels)).toEqual([0, 1, 2, 3, 9]);
	});

	const broken: [string, (f: Map<string, Uint8Array>, m: Manifest) => void, RegExp][] = [
		['an HTTP error', (f) => f.delete('train-images.gz'), /^train-images\.gz: HTTP 404 Not Found/],
		[
			'a truncated download',
			(f) => f.set('train-images.gz', f.get('train-images.gz')!.subarray(0, 300)),
			/^train-images\.gz: download or gzip stream failed after 300 of \d+ bytes \(truncated or corrupt\?\)/
		],
		[
			'a flipped byte (checksum mismatch)',
			(f) => {
				const bad = raw.images.slice();
				bad[1000] ^= 0x40;
				f.set('train-images.gz', new Uint8Array(gzipSync(bad)));
			},
			/^train-images\.gz: CRC-32 [0-9a-f]{8} does not match the manifest's [0-9a-f]{8}/
		],
		[
			'a file shorter than the manifest says',
			(f) => f.set('train-images.gz', new Uint8Array(gzipSync(raw.images.subarray(0, 2000)))),
			/^train-images\.gz: expected 3936 bytes, got 2000 \(truncated\?\)/
		],
		[
			'a wrong magic number that passes the checksum',
			(f, m) => {
				const bad = raw.images.slice();
				bad[3] = 0x01;
				f.set('train-images.gz', new Uint8Array(gzipSync(bad)));
				Object.assign(m.assets['train-images'], { crc32: crc32Hex(crc32(bad)) });
			},
			/^train-images\.gz: magic number 2049, expected 2051/
		]
	];
	it.each(broken)('rejects %s with an error naming the file', async (_, spoil, message) => {
		const { files, manifest } = folder();
		spoil(files, manifest);
		await expect(loadAsset('train-images', { fetch: fakeFetch(files), manifest })).rejects.toThrow(
			message
		);
	});

	it('rejects with the abort reason when cancelled', async () => {
		const { files, manifest } = folder();
		const controller = new AbortController();
		controller.abort();
		await expect(
			loadAsset('train-images', { fetch: fakeFetch(files), manifest, signal: controller.signal })
		).rejects.toMatchObject({ name: 'AbortError' });
	});

	it('rejects a manifest of another version', async () => {
		const { files } = folder();
		files.set('manifest.json', new TextEncoder().encode('{"version":0,"assets":{}}'));
		await expect(loadAsset('train-images', { fetch: fakeFetch(files) })).rejects.toThrow(
			/manifest\.json: expected manifest version 1, got 0 \(run npm run data\)/
		);
	});
});

describe('loadLessonSet', () => {
	it('loads the lesson train and test sets under one progress total', async () => {
		const { files, manifest } = folder();
		let last: [number, number] = [0, 0];
		const { train, test } = await loadLessonSet({
			fetch: fakeFetch(files),
			onProgress: (loaded, total) => (last = [loaded, total])
		});
		expect([train.count, test.count]).toEqual([COUNT, COUNT]);
		expect(Array.from(test.labels)).toEqual([0, 1, 2, 3, 9]);
		const total = ['train-images', 'train-labels', 'test-images', 'test-labels']
			.map((n) => manifest.assets[`lesson-${n}` as AssetName].gzipBytes)
			.reduce((a, b) => a + b);
		expect(last).toEqual([total, total]);
	});

	it('fails as a whole when one file fails', async () => {
		const { files } = folder();
		files.delete('lesson-test-labels.gz');
		await expect(loadLessonSet({ fetch: fakeFetch(files) })).rejects.toThrow(
			/lesson-test-labels\.gz: HTTP 404/
		);
	});
});
