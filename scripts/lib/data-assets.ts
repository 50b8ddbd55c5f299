/**
 * Turns the verified IDX files into the site's data assets: each IDX file gzip-compressed
 * (pixels stay bytes; 1/255 is applied in the math), plus manifest.json with every file's
 * decompressed size and CRC-32. Outputs that are newer than their inputs are left alone, so
 * the step that runs before every dev and build is a no-op in a few milliseconds.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { crc32, crc32Hex } from '../../src/lib/engine/data/crc32';
import {
	checkManifest,
	LESSON_COUNT,
	MANIFEST_FILE,
	MANIFEST_VERSION,
	type AssetEntry,
	type AssetName,
	type Manifest
} from '../../src/lib/engine/data/manifest';
import { sliceSet, type MnistSet } from '../../src/lib/engine/data/mnist';
import { encodeIdxImages, encodeIdxLabels } from './idx-write';
import { loadMnistNode, MNIST_FILES, mnistDataDir } from './mnist-node';

const gzipAsync = promisify(gzip);

interface Source {
	name: AssetName;
	file: string;
	kind: 'images' | 'labels';
	count: number;
	raw: Uint8Array;
}

/** The eight IDX files the site serves, from the parsed training and test sets. */
export function assetSources(train: MnistSet, test: MnistSet): Source[] {
	const out: Source[] = [];
	const add = (prefix: string, split: 'train' | 'test', set: MnistSet) => {
		const files = MNIST_FILES[split];
		out.push(
			{
				name: `${prefix}${split}-images` as AssetName,
				file: `${prefix}${files.images}.gz`,
				kind: 'images',
				count: set.count,
				raw: encodeIdxImages(set.images, set.count)
			},
			{
				name: `${prefix}${split}-labels` as AssetName,
				file: `${prefix}${files.labels}.gz`,
				kind: 'labels',
				count: set.count,
				raw: encodeIdxLabels(set.labels)
			}
		);
	};
	add('lesson-', 'train', sliceSet(train, 0, LESSON_COUNT));
	add('lesson-', 'test', sliceSet(test, 0, LESSON_COUNT));
	add('', 'train', train);
	add('', 'test', test);
	return out;
}

async function mtime(path: string): Promise<number> {
	return (await stat(path)).mtimeMs;
}

/** True when manifest.json is current, newer than every input, and each file it lists exists. */
export async function upToDate(outDir: string): Promise<boolean> {
	try {
		const manifest = checkManifest(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')));
		const built = await mtime(join(outDir, MANIFEST_FILE));
		const dir = mnistDataDir();
		const inputs = [
			...Object.values(MNIST_FILES).flatMap((f) => [join(dir, f.images), join(dir, f.labels)]),
			fileURLToPath(import.meta.url),
			fileURLToPath(new URL('./idx-write.ts', import.meta.url))
		];
		if ((await Promise.all(inputs.map(mtime))).some((t) => t > built)) return false;
		const sizes = await Promise.all(
			Object.values(manifest.assets).map(async (a) => (await stat(join(outDir, a.file))).size)
		);
		return Object.values(manifest.assets).every((a, i) => sizes[i] === a.gzipBytes);
	} catch {
		return false;
	}
}

/**
 * Writes the assets and manifest into `outDir` unless they are up to date. The manifest is
 * written last, through a rename, so an interrupted run is never mistaken for a finished one.
 */
export async function buildDataAssets(
	outDir: string,
	{ force = false } = {}
): Promise<{ skipped: boolean; manifest: Manifest }> {
	if (!force && (await upToDate(outDir))) {
		return {
			skipped: true,
			manifest: checkManifest(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')))
		};
	}
	const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
	await mkdir(outDir, { recursive: true });
	const sources = assetSources(train, test);
	// zlib's async gzip runs on libuv's thread pool: the big file compresses beside the rest.
	const entries = await Promise.all(
		sources.map(async (s): Promise<[AssetName, AssetEntry]> => {
			const gz = await gzipAsync(s.raw, { level: 6 });
			await writeFile(join(outDir, s.file), gz);
			const entry = { file: s.file, kind: s.kind, count: s.count, gzipBytes: gz.length };
			return [s.name, { ...entry, bytes: s.raw.length, crc32: crc32Hex(crc32(s.raw)) }];
		})
	);
	const manifest = checkManifest({
		version: MANIFEST_VERSION,
		assets: Object.fromEntries(entries)
	});
	const tmp = join(outDir, `${MANIFEST_FILE}.tmp`);
	await writeFile(tmp, JSON.stringify(manifest, null, '\t') + '\n');
	await rename(tmp, join(outDir, MANIFEST_FILE));
	return { skipped: false, manifest };
}
