/**
 * The memory part of `npm run bench`: a long run on n workers at m = 60,000, printing each
 * worker's peak memory — its kernel's WebAssembly memory (the share of the images included)
 * and its JavaScript heap — at checkpoints, so that a leak would show as growth between them.
 */
import type { MnistSet } from '../src/lib/engine/data/mnist';
import { createParallelTrainer } from '../src/lib/engine/parallel';
import { nodeShardPorts } from './lib/node-shards';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function memoryRun(
	train: MnistSet,
	wasm: Uint8Array,
	workers: number,
	iterations: number
): Promise<void> {
	const trainer = await createParallelTrainer(train, { wasm, ports: nodeShardPorts(workers) });
	const checkpoints = [
		...new Set([0.02, 0.2, 0.5, 1].map((f) => Math.max(1, Math.round(f * iterations))))
	];
	console.log(
		`\npeak memory of each of ${trainer.workers} workers over ${iterations} iterations (kernel memory + JavaScript heap)`
	);
	const started = performance.now();
	for (let i = 1; i <= iterations; i++) {
		await trainer.step();
		if (!checkpoints.includes(i)) continue;
		const peaks = await trainer.memory();
		const each = peaks.map((p, k) => `worker ${k + 1}: ${mb(p.kernelBytes)} + ${mb(p.heapBytes)}`);
		console.log(`  after ${String(i).padStart(5)}: ${each.join('; ')}`);
		if (i === iterations) {
			const msEach = (performance.now() - started) / iterations;
			console.log(`  (${msEach.toFixed(1)} ms an iteration over the whole run)`);
			console.log(
				JSON.stringify({
					m: train.count,
					workers: trainer.workers,
					iterations,
					peakBytes: peaks.map(({ kernelBytes, heapBytes }) => ({ kernelBytes, heapBytes }))
				})
			);
		}
	}
	trainer.close();
}
