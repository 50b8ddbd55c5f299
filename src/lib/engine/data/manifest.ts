/**
 * What `npm run data` writes to static/data/ and the browser reads back: each asset is one
 * IDX file, gzip-compressed, listed in manifest.json with the size and CRC-32 of its
 * decompressed bytes so a download can be checked before a single digit is shown.
 */

export const MANIFEST_FILE = 'manifest.json';
/** Bumped when the asset format changes, so old outputs are rebuilt rather than trusted. */
export const MANIFEST_VERSION = 1;

/** The lesson subset: the first 1,000 training and first 1,000 test images. */
export const LESSON_COUNT = 1000;

export const ASSET_NAMES = [
	'lesson-train-images',
	'lesson-train-labels',
	'lesson-test-images',
	'lesson-test-labels',
	'train-images',
	'train-labels',
	'test-images',
	'test-labels'
] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

export interface AssetEntry {
	/** File name inside the data folder, e.g. `train-images-idx3-ubyte.gz`. */
	readonly file: string;
	readonly kind: 'images' | 'labels';
	/** Images or labels the file holds. */
	readonly count: number;
	/** Size of the compressed file, what a progress bar counts. */
	readonly gzipBytes: number;
	/** Size after decompression: the IDX file itself. */
	readonly bytes: number;
	/** CRC-32 of the decompressed bytes, eight hex digits. */
	readonly crc32: string;
}

export interface Manifest {
	readonly version: number;
	readonly assets: Readonly<Record<AssetName, AssetEntry>>;
}

/** Checks that parsed JSON is a manifest this code understands; names what is wrong. */
export function checkManifest(json: unknown, file = MANIFEST_FILE): Manifest {
	const m = json as Manifest;
	if (typeof m !== 'object' || m === null || m.version !== MANIFEST_VERSION) {
		throw new Error(
			`${file}: expected manifest version ${MANIFEST_VERSION}, got ${JSON.stringify((m as Manifest)?.version)} (run npm run data)`
		);
	}
	for (const name of ASSET_NAMES) {
		const a = m.assets?.[name];
		const ok =
			a !== undefined &&
			typeof a.file === 'string' &&
			(a.kind === 'images' || a.kind === 'labels') &&
			[a.count, a.gzipBytes, a.bytes].every((n) => Number.isInteger(n) && n >= 0) &&
			/^[0-9a-f]{8}$/.test(a.crc32);
		if (!ok) throw new Error(`${file}: entry for ${name} is missing or malformed`);
	}
	return m;
}
