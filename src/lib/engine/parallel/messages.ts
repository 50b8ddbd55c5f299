/**
 * What a coordinator and its shard workers say to each other. Plain, structured-cloneable
 * data: the only large things are the shard's images once, at the start, and after that one
 * buffer of packed parameters out and the same buffer of gradient sums back per iteration
 * (about 37 KB for 10 hidden units), transferred rather than copied. No SharedArrayBuffer: a
 * static host cannot send the cross-origin-isolation headers it needs.
 */
import type { NetworkConfig } from '../config';
import type { KernelKind } from '../fast/kernel';

/** A contiguous share of the training set: images first .. first + count − 1. */
export interface ShardRange {
	readonly first: number;
	readonly count: number;
}

/** Mini-batches, as the whole set's schedule draws them (optim/minibatch.ts). */
export interface ShardBatches {
	/** Images in the whole training set. */
	readonly m: number;
	readonly batchSize: number;
	readonly seed: number;
}

export type ShardRequest =
	| {
			readonly type: 'init';
			/** kernel.wasm compiled or as bytes; absent for the JavaScript kernel. */
			readonly wasm?: WebAssembly.Module | Uint8Array;
			readonly network: NetworkConfig;
			readonly range: ShardRange;
			/** Absent for full-batch training. */
			readonly batches?: ShardBatches;
			/** The shard's own images (count × 784 bytes) and labels, and nothing else. */
			readonly images: Uint8Array;
			readonly labels: Uint8Array;
	  }
	/** Gradient sums of update `iteration` (from 0) for the packed parameters in `buffer`. */
	| { readonly type: 'step'; readonly iteration: number; readonly buffer: Float32Array }
	/** Loss and accuracy of the packed parameters in `buffer` on the whole shard. */
	| { readonly type: 'evaluate'; readonly buffer: Float32Array }
	/** How much memory the worker has held at most so far. */
	| { readonly type: 'memory' };

/** Sums over the images a shard computed: how many, Σ loss and how many it got right. */
export interface ShardTotals {
	readonly n: number;
	readonly lossSum: number;
	readonly correct: number;
}

/** The peaks a shard has seen, in bytes. */
export interface ShardMemory {
	/** The kernel's memory: its WebAssembly memory, images included. */
	readonly kernelBytes: number;
	/** The worker's JavaScript heap, where the host can tell (Node); 0 otherwise. */
	readonly heapBytes: number;
}

export type ShardReply =
	| { readonly type: 'ready'; readonly kind: KernelKind }
	/** `buffer` is the request's, now holding Σⱼ of each gradient over the shard's batch. */
	| ({ readonly type: 'grads'; readonly buffer: Float32Array } & ShardTotals)
	| ({ readonly type: 'evaluated'; readonly buffer: Float32Array } & ShardTotals)
	| ({ readonly type: 'memory' } & ShardMemory)
	| { readonly type: 'failed'; readonly message: string };

/**
 * One worker as the coordinator sees it, whatever runs it (a Web Worker, a Node worker
 * thread): requests go in, replies come out in the order of the requests.
 */
export interface ShardPort {
	postMessage(request: ShardRequest, transfer: ArrayBuffer[]): void;
	/** Calls `listener` with each reply. */
	onReply(listener: (reply: ShardReply) => void): void;
	/** Calls `listener` if the worker itself fails (it cannot load, or it crashed). */
	onError(listener: (message: string) => void): void;
	terminate(): void;
}
