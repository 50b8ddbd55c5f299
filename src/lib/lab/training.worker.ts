/**
 * The lab's training worker, off the page's main thread so that the page keeps drawing while
 * all 60,000 images train: it fetches the data, compiles the WebAssembly SIMD kernel (falling
 * back to the JavaScript kernel, and saying so, where the browser cannot run it), and
 * coordinates the run's shard workers (shard.worker.ts), which hold the training images and
 * compute the gradients.
 */
import { loadFullSet } from '$lib/engine/data/sets';
import { canFuse } from '$lib/engine/fast/fused';
import type { ShardPort } from '$lib/engine/parallel';
import type { InitRequest, LabEvent, LabRequest } from './protocol';
import { TrainingSession, type KernelChoice } from './session';

const scope = self;
let init: InitRequest | undefined;

async function compileKernel(): Promise<KernelChoice> {
	if (!init) throw new Error('the training worker was not told where its files are');
	if (init.kernel === 'js') {
		return {
			note: 'The JavaScript kernel was asked for (?kernel=js), so WebAssembly is not used.'
		};
	}
	const url = canFuse() ? init.kernelFusedUrl : init.kernelUrl;
	try {
		try {
			return { wasm: await WebAssembly.compileStreaming(fetch(url)) };
		} catch (error) {
			// A server that does not send application/wasm defeats streaming, not compiling.
			if (!(error instanceof TypeError)) throw error;
			return { wasm: await WebAssembly.compile(await (await fetch(url)).arrayBuffer()) };
		}
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return {
			note:
				'This browser cannot run the WebAssembly SIMD kernel, so training runs in plain ' +
				`JavaScript, several times slower (${why}).`
		};
	}
}

/** One shard worker as the engine's ShardPort. */
function shardWorker(): ShardPort {
	if (!init) throw new Error('the training worker was not told where its files are');
	const worker = new Worker(init.shardUrl, { type: 'module' });
	return {
		postMessage: (request, transfer) => worker.postMessage(request, transfer),
		onReply: (listener) => (worker.onmessage = (event) => listener(event.data)),
		onError: (listener) =>
			(worker.onerror = (event) => {
				event.preventDefault();
				listener(event.message || 'the shard worker could not start');
			}),
		terminate: () => worker.terminate()
	};
}

const session = new TrainingSession({
	post: (event: LabEvent, transfer: Transferable[] = []) => scope.postMessage(event, { transfer }),
	loadData: (signal, onProgress) => {
		if (!init) throw new Error('the training worker was not told where its files are');
		return loadFullSet({ baseUrl: init.baseUrl, signal, onProgress });
	},
	kernel: compileKernel,
	shards: (n) => Array.from({ length: n }, shardWorker)
});

scope.onmessage = (event: MessageEvent<InitRequest | LabRequest>) => {
	const request = event.data;
	if (request.type === 'init') init = request;
	else void session.handle(request);
};
