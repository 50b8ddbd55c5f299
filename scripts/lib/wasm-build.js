/**
 * Compiles the AssemblyScript kernel (src/lib/engine/fast/wasm/) twice: to
 * src/lib/engine/fast/kernel.wasm with plain SIMD, and to kernel-fused.wasm with relaxed
 * SIMD's fused multiply-add, which engines that accept it run about 9% faster (fused.ts
 * chooses). Shared by `npm run wasm` and by the tests, which build the modules when they are
 * missing instead of failing. Skips the compile when the output is newer
 * than every source, so the step before each dev and build costs a few milliseconds.
 */
import { readdir, rename, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WASM_SOURCE_DIR = join(root, 'src/lib/engine/fast/wasm');
export const WASM_OUTPUT = join(root, 'src/lib/engine/fast/kernel.wasm');
export const WASM_FUSED_OUTPUT = join(root, 'src/lib/engine/fast/kernel-fused.wasm');

/** @param {string} path */
async function mtime(path) {
	return (await stat(path)).mtimeMs;
}

/** True when both modules exist and are newer than their sources, config and this script. */
export async function wasmUpToDate() {
	try {
		const built = Math.min(await mtime(WASM_OUTPUT), await mtime(WASM_FUSED_OUTPUT));
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
 * Builds both modules unless they are up to date; `force` rebuilds anyway. Reports the plain
 * module's size.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<{ skipped: boolean, bytes: number, path: string }>}
 */
export async function buildWasm({ force = false } = {}) {
	if (!force && (await wasmUpToDate())) {
		return { skipped: true, bytes: (await stat(WASM_OUTPUT)).size, path: WASM_OUTPUT };
	}
	const [bytes] = await Promise.all([
		compileTo(WASM_OUTPUT, []),
		compileTo(WASM_FUSED_OUTPUT, ['--enable', 'relaxed-simd'])
	]);
	return { skipped: false, bytes, path: WASM_OUTPUT };
}

/**
 * One asc run of the kernel with `extra` options, written to `output`; returns its size.
 * @param {string} output
 * @param {string[]} extra
 */
async function compileTo(output, extra) {
	const { default: asc } = await import('assemblyscript/asc');
	/** @type {Uint8Array | undefined} */
	let binary;
	let log = '';
	const { error } = await asc.main(
		[
			join(WASM_SOURCE_DIR, 'kernel.ts'),
			'--config',
			join(WASM_SOURCE_DIR, 'asconfig.json'),
			...extra,
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
	const tmp = `${output}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	await writeFile(tmp, binary);
	await rename(tmp, output);
	return binary.length;
}
