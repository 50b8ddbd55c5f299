import { describe, expect, it } from 'vitest';
import { WasmHeap } from './wasm-heap';

describe('WasmHeap', () => {
	it('places blocks 16-byte aligned after the base, growing memory as needed', () => {
		const memory = new WebAssembly.Memory({ initial: 1 });
		const heap = new WasmHeap(memory, 1001);
		const a = heap.alloc(10);
		const b = heap.alloc(100000);
		expect(a).toBe(1008);
		expect(b).toBe(1024);
		expect(memory.buffer.byteLength).toBeGreaterThanOrEqual(b + 100000);
	});

	it('reuses a released block that is large enough instead of growing', () => {
		const memory = new WebAssembly.Memory({ initial: 1 });
		const heap = new WasmHeap(memory, 0);
		const big = heap.alloc(200000);
		heap.free(big, 200000);
		const pages = memory.buffer.byteLength;
		expect(heap.alloc(150000)).toBe(big);
		expect(heap.alloc(16)).not.toBe(big);
		expect(memory.buffer.byteLength).toBe(pages);
	});
});
