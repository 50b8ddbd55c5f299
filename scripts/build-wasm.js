/**
 * `npm run wasm`: compiles the fast path's AssemblyScript kernel to
 * src/lib/engine/fast/kernel.wasm and kernel-fused.wasm (generated, not committed). A no-op
 * when up to date; `--force` rebuilds anyway.
 */
import { buildWasm } from './lib/wasm-build.js';

const args = process.argv.slice(2);
if (args.some((a) => a !== '--force')) {
	console.error('usage: npm run wasm [-- --force]');
	process.exit(2);
}

const started = performance.now();
try {
	const { skipped, bytes } = await buildWasm({ force: args.includes('--force') });
	const ms = Math.round(performance.now() - started);
	console.log(
		skipped
			? `wasm: kernel.wasm and kernel-fused.wasm are up to date (${ms} ms)`
			: `wasm: built src/lib/engine/fast/kernel.wasm (${bytes} bytes) and kernel-fused.wasm in ${ms} ms`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
