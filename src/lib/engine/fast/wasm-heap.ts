/**
 * Placement of data in the kernel's WebAssembly memory: a bump pointer that grows the memory
 * as needed, and a first-fit list of released blocks so that evaluating one set after
 * another reuses space instead of growing without bound. Blocks are 16-byte aligned for
 * v128 loads.
 */

const PAGE = 65536;
const ALIGN = 16;

export class WasmHeap {
	#top: number;
	readonly #free: { ptr: number; bytes: number }[] = [];

	constructor(
		readonly memory: WebAssembly.Memory,
		base: number
	) {
		this.#top = align(base);
	}

	/** A block of at least `bytes` bytes (contents unspecified). */
	alloc(bytes: number): number {
		const size = align(Math.max(bytes, 1));
		const fit = this.#free.findIndex((b) => b.bytes >= size);
		if (fit >= 0) return this.#free.splice(fit, 1)[0].ptr;
		const ptr = this.#top;
		this.#top += size;
		const short = this.#top - this.memory.buffer.byteLength;
		if (short > 0) this.memory.grow(Math.ceil(short / PAGE));
		return ptr;
	}

	/** Gives back a block from `alloc` of the same size. */
	free(ptr: number, bytes: number): void {
		this.#free.push({ ptr, bytes: align(Math.max(bytes, 1)) });
		this.#free.sort((a, b) => a.bytes - b.bytes);
	}
}

function align(n: number): number {
	return Math.ceil(n / ALIGN) * ALIGN;
}
