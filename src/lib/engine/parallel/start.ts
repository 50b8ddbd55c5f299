/**
 * Starting a data-parallel trainer (parallel-trainer.ts): the shards of the training set
 * (ranges.ts) go to their workers, each worker compiles the kernel and builds its own sparse
 * form of its share, and the trainer is ready once every worker has said so. A worker that
 * fails to start closes them all.
 */
import { DEFAULT_OPTIMIZER } from '../config';
import type { MnistSet } from '../data/mnist';
import { kernelFor, type FastTrainerOptions } from '../fast/trainer';
import { initParams } from '../init';
import { batchSizeOf, checkOptimizer } from '../optim/optimizer';
import { ShardClient } from './client';
import type { ShardPort } from './messages';
import { ParallelTrainer } from './parallel-trainer';
import { shardRanges } from './ranges';

export interface ParallelTrainerOptions extends FastTrainerOptions {
	/** One port per worker; with fewer images than ports, the ports left over are closed. */
	readonly ports: readonly ShardPort[];
}

/** Starts the workers with their shares of `train` and waits until every one is ready. */
export async function createParallelTrainer(
	train: MnistSet,
	options: ParallelTrainerOptions
): Promise<ParallelTrainer> {
	const optimizer = options.optimizer ?? DEFAULT_OPTIMIZER;
	checkOptimizer(optimizer);
	const { network, kernel } = await kernelFor(options);
	const ranges = shardRanges(train.count, options.ports.length);
	for (const port of options.ports.slice(ranges.length)) port.terminate();
	const clients = ranges.map((_, k) => new ShardClient(options.ports[k], k));
	const size = batchSizeOf(optimizer, train.count);
	const batches =
		size < train.count ? { m: train.count, batchSize: size, seed: network.seed } : undefined;
	const wasm = sendable(options.wasm);
	try {
		const kinds = await Promise.all(
			clients.map((client, k) => {
				const { first, count } = ranges[k];
				// Copies, so that each worker's share moves to it and the caller keeps its set.
				const images = train.images.slice(first * 784, (first + count) * 784);
				const labels = train.labels.slice(first, first + count);
				const init = {
					type: 'init',
					wasm,
					network,
					range: ranges[k],
					batches,
					images,
					labels
				} as const;
				return client.request(init, 'ready', [images.buffer, labels.buffer]);
			})
		);
		const trainer = new ParallelTrainer(kernel, clients, network, optimizer, kinds[0].kind);
		trainer.setParams(options.params ?? initParams(network));
		return trainer;
	} catch (error) {
		for (const client of clients) client.close();
		throw error;
	}
}

/** The kernel as the workers can receive it: compiled, or its bytes copied into a Uint8Array. */
function sendable(wasm: FastTrainerOptions['wasm']): WebAssembly.Module | Uint8Array | undefined {
	if (wasm === undefined || wasm instanceof WebAssembly.Module) return wasm;
	const bytes = ArrayBuffer.isView(wasm)
		? new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength)
		: new Uint8Array(wasm);
	return bytes.slice();
}
