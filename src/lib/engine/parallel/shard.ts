/**
 * A shard worker's side of data-parallel training, whatever runs it: holds only its share of
 * the training images (in its own WebAssembly kernel), and for each set of parameters it is
 * sent returns the gradient sums over its share of the batch,
 *
 *   Σ_{j in shard ∩ batch} dW¹ⱼ, db¹ⱼ, dW²ⱼ, db²ⱼ    with Σ loss and how many were right,
 *
 * leaving the division by m and the update to the coordinator. A mini-batch is drawn from the
 * whole set's seeded schedule, exactly as one worker would draw it, and each shard takes the
 * batch's images that are its own.
 */
import type { Kernel } from '../fast/kernel';
import { BatchSchedule } from '../optim/minibatch';
import { kernelFor } from '../fast/trainer';
import type { ShardMemory, ShardReply, ShardRequest } from './messages';
import { copyPacked, packedViews } from './packed-buffer';

export type Reply = (reply: ShardReply, transfer?: ArrayBuffer[]) => void;

interface Ready {
	readonly kernel: Kernel;
	readonly handle: number;
	readonly first: number;
	readonly count: number;
	readonly schedule: BatchSchedule | undefined;
}

export class Shard {
	#ready: Ready | undefined;
	#peak: ShardMemory = { kernelBytes: 0, heapBytes: 0 };

	constructor(
		readonly reply: Reply,
		/** The worker's JavaScript heap in bytes, where the host can measure it. */
		readonly heapBytes: () => number = () => 0
	) {}

	/** Answers one request (a failure is answered too, never thrown). */
	async handle(request: ShardRequest): Promise<void> {
		try {
			await this.#handle(request);
		} catch (error) {
			this.reply({
				type: 'failed',
				message: error instanceof Error ? error.message : String(error)
			});
		}
	}

	async #handle(request: ShardRequest): Promise<void> {
		if (request.type === 'init') {
			const { kernel } = await kernelFor({ network: request.network, wasm: request.wasm });
			const { first, count } = request.range;
			// The kernel keeps its own sparse copy; the images sent are not held on to.
			const handle = kernel.addSet({ count, images: request.images, labels: request.labels });
			const b = request.batches;
			const schedule = b ? new BatchSchedule(b.m, b.batchSize, b.seed) : undefined;
			this.#ready = { kernel, handle, first, count, schedule };
			this.#measure();
			this.reply({ type: 'ready', kind: kernel.kind });
			return;
		}
		if (request.type === 'memory') {
			this.#measure();
			this.reply({ type: 'memory', ...this.#peak });
			return;
		}
		const r = this.#ready;
		if (!r) throw new Error(`shard: '${request.type}' before 'init'`);
		const { buffer } = request;
		const views = packedViews(buffer, r.kernel.hp);
		copyPacked(views, r.kernel.params());
		if (request.type === 'evaluate') {
			const sums = r.kernel.predict(r.handle, 0, r.count, null, null);
			this.reply({ type: 'evaluated', buffer, n: r.count, ...sums }, [
				buffer.buffer as ArrayBuffer
			]);
			return;
		}
		const batch = r.schedule ? this.#ownShare(r, request.iteration) : null;
		const n = batch?.length ?? r.count;
		const sums = r.kernel.accumulate(r.handle, batch, n);
		copyPacked(r.kernel.grads(), views);
		this.#measure();
		this.reply({ type: 'grads', buffer, n, ...sums }, [buffer.buffer as ArrayBuffer]);
	}

	/** The images of update `iteration`'s batch that are this shard's, as its own indices. */
	#ownShare(r: Ready, iteration: number): Int32Array {
		const all = r.schedule!.indices(iteration);
		let n = 0;
		for (const j of all) if (j >= r.first && j < r.first + r.count) all[n++] = j - r.first;
		return all.subarray(0, n);
	}

	#measure(): void {
		const kernelBytes = this.#ready?.kernel.memoryBytes() ?? 0;
		this.#peak = {
			kernelBytes: Math.max(this.#peak.kernelBytes, kernelBytes),
			heapBytes: Math.max(this.#peak.heapBytes, this.heapBytes())
		};
	}
}
