/**
 * Where the WebAssembly kernel keeps its image sets: each set's sparse column form (built in
 * the module, wasm/sparsify.ts) with its header and per-call buffers in one block of the
 * module's memory. Dropping a set returns it.
 */
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { checkLabels, live } from './kernel';
import type { WasmHeap } from './wasm-heap';

/** The module's exports this file and kernel-wasm.ts call (wasm/kernel.ts). */
export interface KernelExports {
	memory: WebAssembly.Memory;
	heapBase(): number;
	w1tAt(): number;
	dw1tAt(): number;
	maxPadded(): number;
	scratchBytes(hp: number): number;
	correct(): number;
	countEntries(images: number, n: number): number;
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

/** Where one set lives: its header (wasm/net.ts SparseSet) and its per-call buffers. */
export interface SetRegion {
	readonly block: number;
	readonly bytes: number;
	readonly header: number;
	readonly count: number;
	/** Room for a batch's image indices, A² of every image and every prediction. */
	readonly list: number;
	readonly probs: number;
	readonly preds: number;
}

/** Bytes of a set's header: offsets, entries, labels, count, then spare. */
const HEADER = 32;
/** Images copied into the module per pass while building a sparse set. */
const STAGE = 4096;
/** Bytes of one entry (wasm/sparse.ts). */
const ENTRY = 4;

const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

/** The sets of one kernel, for a network with hp padded hidden units. */
export class WasmSets {
	readonly #sets: SetRegion[] = [];
	readonly #stage: number;

	constructor(
		readonly wasm: KernelExports,
		readonly heap: WasmHeap,
		readonly hp: number
	) {
		this.#stage = heap.alloc(STAGE * IMAGE_SIZE);
	}

	/** Copies `set` into the module in sparse form; returns its handle. */
	add(set: MnistSet): number {
		checkLabels(set);
		const { wasm, heap } = this;
		let entryCount = 0;
		this.#staged(set, (_, n) => (entryCount += wasm.countEntries(this.#stage, n)));
		// One block: header, offsets, entries, labels, then the batch list and outputs.
		const sizes = [HEADER, (set.count + 1) * 4, entryCount * ENTRY, set.count, set.count * 4];
		const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + align(b), 0));
		const probs = starts[4] + align(sizes[4]);
		const bytes = probs + set.count * 40 + set.count;
		const block = heap.alloc(bytes);
		const [header, offsets, entries, labels, list] = starts.map((s) => block + s);
		let written = 0;
		this.#staged(set, (start, n) => {
			const at = offsets + start * 4;
			written += wasm.sparsify(this.#stage, n, this.hp * 4, at, entries, written);
		});
		new Int32Array(wasm.memory.buffer, offsets + set.count * 4, 1)[0] = written;
		new Uint8Array(wasm.memory.buffer, labels, set.count).set(set.labels);
		const fields = [offsets, entries, labels, set.count, 0, 0, 0, 0];
		new Int32Array(wasm.memory.buffer, header, HEADER / 4).set(fields);
		const preds = block + probs + set.count * 40;
		const count = set.count;
		this.#sets.push({ block, bytes, header, count, list, probs: block + probs, preds });
		return this.#sets.length - 1;
	}

	/** The set behind `handle`; a clear error for one that was dropped or never given. */
	get(handle: number): SetRegion {
		return live(this.#sets, handle);
	}

	drop(handle: number): void {
		const r = this.#sets[handle];
		if (r === undefined) return;
		this.heap.free(r.block, r.bytes);
		delete this.#sets[handle];
	}

	/** Runs `pass` over the set's images, STAGE at a time, each copied into the module. */
	#staged(set: MnistSet, pass: (start: number, n: number) => void): void {
		for (let start = 0; start < set.count; start += STAGE) {
			const n = Math.min(STAGE, set.count - start);
			const bytes = set.images.subarray(start * IMAGE_SIZE, (start + n) * IMAGE_SIZE);
			new Uint8Array(this.wasm.memory.buffer, this.#stage, bytes.length).set(bytes);
			pass(start, n);
		}
	}
}
