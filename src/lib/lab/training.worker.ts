/**
 * The lab's training worker: the engine's fast path, off the page's main thread, so the page
 * keeps drawing while all 60,000 images train. It fetches the data itself and compiles the
 * WebAssembly SIMD kernel, falling back to the JavaScript kernel (and saying so) where the
 * browser cannot run it.
 */
import kernelUrl from '$lib/engine/fast/kernel.wasm?url';
import { loadFullSet } from '$lib/engine/data/sets';
import type { InitRequest, LabEvent, LabRequest } from './protocol';
import { TrainingSession, type KernelChoice } from './session';

const scope = self;
let init: InitRequest = {
	type: 'init',
	baseUrl: new URL('/data/', scope.location.href).href,
	kernel: 'auto'
};

async function compileKernel(): Promise<KernelChoice> {
	if (init.kernel === 'js') {
		return {
			note: 'The JavaScript kernel was asked for (?kernel=js), so WebAssembly is not used.'
		};
	}
	const url = new URL(kernelUrl, scope.location.href).href;
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

// A message through a channel is a task of its own: awaiting it lets the page's messages in
// without setTimeout's minimum delay.
const channel = new MessageChannel();
let wake: (() => void) | undefined;
channel.port1.onmessage = () => wake?.();

const session = new TrainingSession({
	post: (event: LabEvent, transfer: Transferable[] = []) => scope.postMessage(event, { transfer }),
	loadData: (signal, onProgress) => loadFullSet({ baseUrl: init.baseUrl, signal, onProgress }),
	kernel: compileKernel,
	pause: () =>
		new Promise<void>((resolve) => {
			wake = resolve;
			channel.port2.postMessage(null);
		})
});

scope.onmessage = (event: MessageEvent<InitRequest | LabRequest>) => {
	const request = event.data;
	if (request.type === 'init') init = request;
	else void session.handle(request);
};
