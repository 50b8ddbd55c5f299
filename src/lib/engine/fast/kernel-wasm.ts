/**
 * The WebAssembly kernel's host side: lays out the network and scratch space in the module's
 * memory (its sets in wasm-sets.ts), and calls its exports. The module comes from the caller
 * (Node reads kernel.wasm from disk; the page fetches its URL), so nothing here is
 * bundler-specific.
 */
import type { MnistSet } from '../data/mnist';
import { checkBatch, type BatchSums, type Kernel } from './kernel';
import { packedSizes, padHidden, type Packed } from './layout';
import { WasmHeap } from './wasm-heap';
import { WasmSets, type KernelExports } from './wasm-sets';

/** Instantiates the kernel for a network with `hidden` units and leaky slope `slope`. */
export async function createWasmKernel(
	module: WebAssembly.Module | BufferSource,
	hidden: number,
	slope: number
): Promise<Kernel> {
	const instance =
		module instanceof WebAssembly.Module
			? await WebAssembly.instantiate(module, {})
			: (await WebAssembly.instantiate(module, {})).instance;
	const wasm = instance.exports as unknown as KernelExports;
	const hp = padHidden(hidden);
	const sizes = packedSizes(hp);
	const heap = new WasmHeap(wasm.memory, wasm.heapBase());
	const alloc = (bytes: number) => heap.alloc(bytes);
	if (hp > wasm.maxPadded()) {
		throw new Error(
			`the WebAssembly kernel holds at most ${wasm.maxPadded()} hidden units, not ${hidden}`
		);
	}
	// W¹ᵀ and its gradient at the addresses the module's loads carry as constants.
	const region = (w1t: number) => ({
		W1T: w1t,
		b1: alloc(sizes.b1 * 4),
		W2: alloc(sizes.W2 * 4),
		b2: alloc(sizes.b2 * 4)
	});
	const net = alloc(40);
	const p = region(wasm.w1tAt());
	const g = region(wasm.dw1tAt());
	const scratch = alloc(wasm.scratchBytes(hp));
	// wasm/net.ts Net: W¹ᵀ and dW¹ᵀ are not in it, their addresses being the module's own.
	const header = [hp, hidden, p.b1, p.W2, p.b2, g.b1, g.W2, g.b2, scratch];
	new Int32Array(wasm.memory.buffer, net, header.length).set(header);
	new Float32Array(wasm.memory.buffer, net + header.length * 4, 1)[0] = slope;
	const sets = new WasmSets(wasm, heap, hp);

	// Growing memory detaches old views; rebuild them whenever the buffer has changed.
	let views: { buffer: ArrayBuffer; params: Packed; grads: Packed } | undefined;
	const packedAt = (r: typeof p): Packed => ({
		W1T: new Float32Array(wasm.memory.buffer, r.W1T, sizes.W1T),
		b1: new Float32Array(wasm.memory.buffer, r.b1, sizes.b1),
		W2: new Float32Array(wasm.memory.buffer, r.W2, sizes.W2),
		b2: new Float32Array(wasm.memory.buffer, r.b2, sizes.b2)
	});
	const current = () => {
		if (views?.buffer !== wasm.memory.buffer) {
			views = { buffer: wasm.memory.buffer, params: packedAt(p), grads: packedAt(g) };
		}
		return views;
	};

	const sums = (lossSum: number): BatchSums => ({ lossSum, correct: wasm.correct() });
	return {
		kind: 'wasm',
		hidden,
		hp,
		params: () => current().params,
		grads: () => current().grads,
		addSet: (set: MnistSet) => sets.add(set),
		dropSet: (handle: number) => sets.drop(handle),
		accumulate(handle: number, batch: Int32Array | null, n: number): BatchSums {
			const r = sets.get(handle);
			checkBatch(r.count, batch, n);
			if (batch !== null) new Int32Array(wasm.memory.buffer, r.list, n).set(batch.subarray(0, n));
			const { W1T, b1, W2, b2 } = current().grads;
			for (const a of [W1T, b1, W2, b2]) a.fill(0);
			return sums(wasm.accumulate(net, r.header, batch === null ? 0 : r.list, 0, n));
		},
		predict(handle, first, n, probs, preds): BatchSums {
			const r = sets.get(handle);
			checkBatch(r.count, null, first + n);
			const out = [probs ? r.probs : 0, preds ? r.preds : 0] as const;
			const loss = wasm.predict(net, r.header, 0, first, n, ...out);
			probs?.set(new Float32Array(wasm.memory.buffer, r.probs, n * 10));
			preds?.set(new Uint8Array(wasm.memory.buffer, r.preds, n));
			return sums(loss);
		},
		memoryBytes: () => wasm.memory.buffer.byteLength
	};
}
