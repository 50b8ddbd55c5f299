/**
 * Shard workers for Node: one worker thread each (shard-thread.js, which loads
 * shard-serve.ts through tsx like the scripts themselves), wrapped as the engine's ShardPort. `os.availableParallelism()` is
 * how many the machine offers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { clampWorkers, type ShardPort, type ShardReply } from '../../src/lib/engine/parallel';

/** The workers Node offers by default: one a core, at most the engine's maximum. */
export function nodeWorkers(): number {
	return clampWorkers(availableParallelism());
}

/** `n` shard workers, started now; terminate them (or the trainer's close()) when done. */
export function nodeShardPorts(n: number): ShardPort[] {
	return Array.from({ length: n }, () => {
		const worker = new Worker(new URL('./shard-thread.js', import.meta.url));
		// A worker waiting for work must not keep the process alive on its own.
		worker.unref();
		return {
			postMessage: (request, transfer) => worker.postMessage(request, transfer),
			onReply: (listener: (reply: ShardReply) => void) => worker.on('message', listener),
			onError: (listener) => {
				worker.on('error', (error) => listener(error.message));
				worker.on('exit', (code) => code !== 0 && listener(`exited with code ${code}`));
			},
			terminate: () => void worker.terminate()
		};
	});
}
