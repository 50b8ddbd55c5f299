/**
 * The kernel's bytes for Node scripts and tests, building the modules first if they are
 * missing or stale (wasm-build.js): the fused module (relaxed SIMD) unless `fused` is false or
 * this Node cannot run it. Node 20 runs relaxed SIMD behind a V8 flag, turned on here before
 * anything is compiled with it; Node 22 needs none.
 */
import { readFile } from 'node:fs/promises';
import v8 from 'node:v8';
import { canFuse } from '../../src/lib/engine/fast/fused';
import { buildWasm, WASM_FUSED_OUTPUT, WASM_OUTPUT } from './wasm-build.js';

export async function kernelWasmBytes({ fused = true } = {}): Promise<Uint8Array> {
	await buildWasm();
	const path = fused && nodeCanFuse() ? WASM_FUSED_OUTPUT : WASM_OUTPUT;
	return new Uint8Array(await readFile(path));
}

/** Whether this process runs relaxed SIMD, turning on Node 20's flag for it if needed. */
export function nodeCanFuse(): boolean {
	if (!canFuse()) v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
	return canFuse();
}
