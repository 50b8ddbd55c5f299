/**
 * `npm run bench`: the median time of one full-batch iteration (forward, loss, backward and
 * update) of the fast path, one thread, at m = 10,000 and 60,000, for the WebAssembly kernel
 * and the JavaScript fallback. The last line is JSON: {"m":60000,"medianMs":…} for WebAssembly.
 */
import { sliceSet } from '../src/lib/engine/data/mnist';
import { createFastTrainer } from '../src/lib/engine/fast';
import { parseArgs, UsageError } from './lib/args';
import { loadMnistNode } from './lib/mnist-node';
import { kernelWasmBytes } from './lib/wasm-build.js';

const USAGE = 'usage: npm run bench [-- --warmup 5 --runs 21 --wasm-only]';

let options;
try {
	options = parseArgs(process.argv.slice(2), {
		warmup: { kind: 'int' },
		runs: { kind: 'int' },
		'wasm-only': { kind: 'flag' }
	});
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`bench: ${error.message}\n${USAGE}`);
	process.exit(2);
}
const warmup = Number(options.warmup ?? 5);
const runs = Number(options.runs ?? 21);
if (warmup < 0 || runs < 1) {
	console.error(`bench: need --warmup ≥ 0 and --runs ≥ 1\n${USAGE}`);
	process.exit(2);
}

const [train, wasm] = await Promise.all([loadMnistNode('train'), kernelWasmBytes()]);
const kernels = options['wasm-only'] ? (['wasm'] as const) : (['wasm', 'js'] as const);
const results: Record<string, number> = {};

console.log(`one full-batch iteration, median of ${runs} after ${warmup} warm-up, one thread`);
// WebAssembly first, before the JavaScript runs leave garbage for the collector to chase.
for (const kind of kernels) {
	for (const m of [10000, 60000]) {
		const trainer = await createFastTrainer(sliceSet(train, 0, m), {
			wasm: kind === 'wasm' ? wasm : undefined,
			optimizer: { kind: 'gd', alpha: 0.1 }
		});
		const times: number[] = [];
		for (let i = 0; i < warmup + runs; i++) {
			const started = performance.now();
			trainer.step();
			if (i >= warmup) times.push(performance.now() - started);
		}
		times.sort((a, b) => a - b);
		const median = times[times.length >> 1];
		results[`${kind}-${m}`] = median;
		const spread = `min ${times[0].toFixed(1)}, max ${times.at(-1)!.toFixed(1)}`;
		console.log(
			`  ${kind.padEnd(4)} m = ${String(m).padStart(5)}: ${median.toFixed(1).padStart(6)} ms  (${spread})`
		);
	}
}
console.log(JSON.stringify({ m: 60000, medianMs: Number(results['wasm-60000'].toFixed(2)) }));
