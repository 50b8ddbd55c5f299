/**
 * Loads the generated MNIST assets anywhere `fetch` and `DecompressionStream` exist: a page, a
 * Web Worker, Node 20. Each file streams in with progress, is decompressed as it arrives,
 * checked against the manifest's size and CRC-32, and only then parsed as IDX.
 */
import { crc32, crc32Hex } from './crc32';
import { parseIdxImages, parseIdxLabels } from './idx';
import { checkManifest, MANIFEST_FILE, type AssetName, type Manifest } from './manifest';
import { DataError } from './mnist';

export interface LoadOptions {
	/** Defaults to the global fetch; Node tests pass one that reads files. */
	fetch?: typeof globalThis.fetch;
	/** Folder holding manifest.json and the .gz files; default `/data/`. */
	baseUrl?: string;
	/** Called as compressed bytes arrive; totals come from the manifest. */
	onProgress?: (loadedBytes: number, totalBytes: number) => void;
	signal?: AbortSignal;
	/** Skips fetching manifest.json when the caller already has it. */
	manifest?: Manifest;
}

export type LoadedAsset =
	| { kind: 'images'; count: number; images: Uint8Array }
	| { kind: 'labels'; count: number; labels: Uint8Array };

function urlOf(baseUrl: string | undefined, file: string): string {
	const base = baseUrl ?? '/data/';
	return base.endsWith('/') ? base + file : `${base}/${file}`;
}

async function get(file: string, options: LoadOptions): Promise<Response> {
	const url = urlOf(options.baseUrl, file);
	const response = await (options.fetch ?? globalThis.fetch)(url, { signal: options.signal });
	if (!response.ok) {
		throw new DataError(file, `HTTP ${response.status} ${response.statusText} fetching ${url}`);
	}
	return response;
}

/** manifest.json from the data folder, checked for shape and version. */
export async function fetchManifest(options: LoadOptions = {}): Promise<Manifest> {
	const response = await get(MANIFEST_FILE, options);
	let json: unknown;
	try {
		json = await response.json();
	} catch (error) {
		options.signal?.throwIfAborted();
		throw new DataError(MANIFEST_FILE, `is not valid JSON (${(error as Error).message})`);
	}
	return checkManifest(json);
}

/**
 * One asset, streamed, decompressed and verified: its size and CRC-32 must match the
 * manifest before the IDX parser sees a byte. Aborting `signal` rejects with its reason.
 */
export async function loadAsset(name: AssetName, options: LoadOptions = {}): Promise<LoadedAsset> {
	const manifest = options.manifest ?? (await fetchManifest(options));
	const entry = manifest.assets[name];
	if (entry === undefined) throw new Error(`loadAsset: no asset named ${name} in the manifest`);
	const { file } = entry;
	const response = await get(file, options);
	if (response.body === null) throw new DataError(file, 'response has no body');

	// A server that labels .gz as Content-Encoding: gzip has already had it decompressed, and
	// what arrives is then the IDX file itself.
	const encoded = /gzip/i.test(response.headers.get('content-encoding') ?? '');
	const total = encoded ? entry.bytes : entry.gzipBytes;
	let loaded = 0;
	const counted = response.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				loaded += chunk.byteLength;
				options.onProgress?.(loaded, total);
				controller.enqueue(chunk);
			}
		})
	);
	const plain = encoded
		? counted
		: counted.pipeThrough(
				new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>
			);

	const bytes = new Uint8Array(entry.bytes);
	let size = 0;
	let crc = 0;
	const reader = plain.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (size + value.byteLength > bytes.length) {
				throw new DataError(file, `decompresses to more than the manifest's ${entry.bytes} bytes`);
			}
			bytes.set(value, size);
			size += value.byteLength;
			crc = crc32(value, crc);
		}
	} catch (error) {
		options.signal?.throwIfAborted();
		if (error instanceof DataError) throw error;
		throw new DataError(
			file,
			`download or gzip stream failed after ${loaded} of ${total} bytes ` +
				`(truncated or corrupt?): ${(error as Error).message}`
		);
	} finally {
		reader.releaseLock();
	}
	if (size !== entry.bytes) {
		throw new DataError(file, `expected ${entry.bytes} bytes, got ${size} (truncated?)`);
	}
	if (crc32Hex(crc) !== entry.crc32) {
		throw new DataError(
			file,
			`CRC-32 ${crc32Hex(crc)} does not match the manifest's ${entry.crc32} (corrupt download?)`
		);
	}
	return entry.kind === 'images'
		? { kind: 'images', ...parseIdxImages(bytes, file) }
		: { kind: 'labels', ...parseIdxLabels(bytes, file) };
}
