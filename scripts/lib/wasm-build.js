/**
 * Compiles the AssemblyScript kernel (src/lib/engine/fast/wasm/) to
 * src/lib/engine/fast/kernel.wasm. Shared by `npm run wasm` and by the tests, which build the
 * module when it is missing instead of failing. Skips the compile when the output is newer
 * than every source, so the step before each dev and build costs a few milliseconds.
 */
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WASM_SOURCE_DIR = join(root, 'src/lib/engine/fast/wasm');
export const WASM_OUTPUT = join(root, 'src/lib/engine/fast/kernel.wasm');

/** @param {string} path */
async function mtime(path) {
	return (await stat(path)).mtimeMs;
}

/** True when kernel.wasm exists and is newer than its sources, config and this script. */
export async function wasmUpToDate() {
	try {
		const built = await mtime(WASM_OUTPUT);
		const names = await readdir(WASM_SOURCE_DIR);
		const inputs = [
			...names
				.filter((n) => n.endsWith('.ts') || n.endsWith('.json'))
				.map((n) => join(WASM_SOURCE_DIR, n)),
			fileURLToPath(import.meta.url)
		];
		return (await Promise.all(inputs.map(mtime))).every((t) => t <= built);
	} catch {
		return false;
	}
}

/**
 * Builds kernel.wasm unless it is up to date; `force` rebuilds anyway.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<{ skipped: boolean, bytes: number, path: string }>}
 */
export async function buildWasm({ force = false } = {}) {
	if (!force && (await wasmUpToDate())) {
		return { skipped: true, bytes: (await stat(WASM_OUTPUT)).size, path: WASM_OUTPUT };
	}
	const { default: asc } = await import('assemblyscript/asc');
	/** @type {Uint8Array | undefined} */
	let binary;
	let log = '';
	const { error } = await asc.main(
		[
			join(WASM_SOURCE_DIR, 'kernel.ts'),
			'--config',
			join(WASM_SOURCE_DIR, 'asconfig.json'),
			'--outFile',
			'kernel.wasm'
		],
		{
			writeFile(name, contents) {
				if (name.endsWith('.wasm')) binary = /** @type {Uint8Array} */ (contents);
			},
			stdout: { write: (s) => ((log += s), true) },
			stderr: { write: (s) => ((log += s), true) }
		}
	);
	if (error || binary === undefined) {
		throw new Error(`wasm: AssemblyScript failed to compile the kernel\n${log}${error ?? ''}`);
	}
	// Write then rename, so a half-written module is never mistaken for an up-to-date one; the
	// name is unique because test files may build at the same time.
	const tmp = `${WASM_OUTPUT}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	await writeFile(tmp, binary);
	await rename(tmp, WASM_OUTPUT);
	return { skipped: false, bytes: binary.length, path: WASM_OUTPUT };
}

/**
 * kernel.wasm's bytes, building it first if it is missing or stale: what Node scripts and
 * tests hand to createFastTrainer.
 * @returns {Promise<Uint8Array>}
 */
export async function kernelWasmBytes() {
	await buildWasm();
	return new Uint8Array(await readFile(WASM_OUTPUT));
}
