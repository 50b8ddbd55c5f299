/**
 * The WebAssembly kernel's host side: lays out the network, scratch space and sparse sets in
 * the module's memory, and calls its exports. The module comes from the caller (Node reads
 * kernel.wasm from disk; the page fetches its URL), so nothing here is bundler-specific.
 */
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { checkBatch, checkLabels, live, type BatchSums, type Kernel } from './kernel';
import { packedSizes, padHidden, type Packed } from './layout';
import { WasmHeap } from './wasm-heap';

interface Exports {
	memory: WebAssembly.Memory;
	heapBase(): number;
	scratchBytes(hp: number): number;
	correct(): number;
	countNonzero(images: number, n: number): number;
	sparsify(
		images: number,
		n: number,
		stride: number,
		offsets: number,
		entries: number,
		first: number
	): number;
	accumulate(net: number, set: number, list: number, first: number, n: number): number;
	predict(
		net: number,
		set: number,
		list: number,
		first: number,
		n: number,
		probs: number,
		preds: number
	): number;
}

/** Where one set lives: its header (offsets, entries, labels) and its per-call buffers. */
interface SetRegion {
	block: number;
	bytes: number;
	header: number;
	count: number;
	list: number;
	probs: number;
	preds: number;
}

/** Images copied into the module per pass while building a sparse set. */
const STAGE = 4096;

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
	const wasm = instance.exports as unknown as Exports;
	const hp = padHidden(hidden);
	const sizes = packedSizes(hp);
	const heap = new WasmHeap(wasm.memory, wasm.heapBase());
	const alloc = (bytes: number) => heap.alloc(bytes);
	const region = () => ({
		W1T: alloc(sizes.W1T * 4),
		b1: alloc(sizes.b1 * 4),
		W2: alloc(sizes.W2 * 4),
		b2: alloc(sizes.b2 * 4)
	});
	const net = alloc(48);
	const p = region();
	const g = region();
	const scratch = alloc(wasm.scratchBytes(hp));
	const stage = alloc(STAGE * IMAGE_SIZE);
	const header = [hp, hidden, p.W1T, p.b1, p.W2, p.b2, g.W1T, g.b1, g.W2, g.b2, scratch];
	new Int32Array(wasm.memory.buffer, net, 11).set(header);
	new Float32Array(wasm.memory.buffer, net + 44, 1)[0] = slope;

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

	/** Runs `pass` over the set's images, STAGE at a time, each copied into the module. */
	const staged = (set: MnistSet, pass: (start: number, n: number) => void) => {
		for (let start = 0; start < set.count; start += STAGE) {
			const n = Math.min(STAGE, set.count - start);
			const bytes = set.images.subarray(start * IMAGE_SIZE, (start + n) * IMAGE_SIZE);
			new Uint8Array(wasm.memory.buffer, stage, bytes.length).set(bytes);
			pass(start, n);
		}
	};

	const sets: SetRegion[] = [];
	const sums = (lossSum: number): BatchSums => ({ lossSum, correct: wasm.correct() });
	return {
		kind: 'wasm',
		hidden,
		hp,
		params: () => current().params,
		grads: () => current().grads,
		addSet(set: MnistSet): number {
			checkLabels(set);
			let nonzero = 0;
			staged(set, (_, n) => (nonzero += wasm.countNonzero(stage, n)));
			// One block: header, offsets, entries, labels, then the batch list and outputs.
			const sizes = [
				16,
				(set.count + 1) * 4,
				nonzero * 8,
				set.count,
				set.count * 4,
				set.count * 40
			];
			const starts = sizes.map((_, i) =>
				sizes.slice(0, i).reduce((a, b) => a + Math.ceil(b / 16) * 16, 0)
			);
			const bytes = starts[5] + sizes[5] + set.count;
			const block = alloc(bytes);
			const [header, offsets, entries, labels, list, probs] = starts.map((s) => block + s);
			let written = 0;
			staged(set, (start, n) => {
				written += wasm.sparsify(stage, n, hp * 4, offsets + start * 4, entries, written);
			});
			new Int32Array(wasm.memory.buffer, offsets + set.count * 4, 1)[0] = written;
			new Uint8Array(wasm.memory.buffer, labels, set.count).set(set.labels);
			new Int32Array(wasm.memory.buffer, header, 3).set([offsets, entries, labels]);
			const preds = probs + set.count * 40;
			sets.push({ block, bytes, header, count: set.count, list, probs, preds });
			return sets.length - 1;
		},
		dropSet(handle: number): void {
			const r = sets[handle];
			if (r === undefined) return;
			heap.free(r.block, r.bytes);
			delete sets[handle];
		},
		accumulate(handle: number, batch: Int32Array | null, n: number): BatchSums {
			const r = live(sets, handle);
			checkBatch(r.count, batch, n);
			if (batch !== null) new Int32Array(wasm.memory.buffer, r.list, n).set(batch.subarray(0, n));
			const { W1T, b1, W2, b2 } = current().grads;
			for (const a of [W1T, b1, W2, b2]) a.fill(0);
			return sums(wasm.accumulate(net, r.header, batch === null ? 0 : r.list, 0, n));
		},
		predict(handle, first, n, probs, preds): BatchSums {
			const r = live(sets, handle);
			checkBatch(r.count, null, first + n);
			const out = [probs ? r.probs : 0, preds ? r.preds : 0] as const;
			const loss = wasm.predict(net, r.header, 0, first, n, ...out);
			probs?.set(new Float32Array(wasm.memory.buffer, r.probs, n * 10));
			preds?.set(new Uint8Array(wasm.memory.buffer, r.preds, n));
			return sums(loss);
		}
	};
}
