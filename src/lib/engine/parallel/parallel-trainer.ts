/**
 * Data-parallel training: the training set split across n workers (ranges.ts), each holding
 * only its share in its own kernel. Every iteration the coordinator sends each worker the
 * parameters, adds the gradient sums they send back, divides by the batch size and updates:
 *
 *   dW = (1/m) Σ_k Σ_{j in shard k} dWⱼ       W := W − α dW
 *
 * the same sum one worker computes, in another order (float32 sums regrouped, so the two agree
 * to rounding, not bit for bit). Mini-batches are split the same way, each worker taking the
 * batch's images that are its own, and Adam runs here on the summed gradient. The coordinator
 * keeps a kernel of its own for everything that does not train: the test set, one drawn digit.
 * The workers are started by start.ts.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import type { Kernel, KernelKind } from '../fast/kernel';
import type { Packed } from '../fast/layout';
import { TrainerBase } from '../fast/trainer-base';
import type { IterationReport } from '../fast/update';
import type { ShardClient } from './client';
import type { ShardMemory } from './messages';
import { copyPacked, packedLength, packedViews } from './packed-buffer';

export class ParallelTrainer extends TrainerBase {
	readonly #local: Kernel;
	readonly #clients: ShardClient[];
	/** One buffer a worker, sent out with parameters and back with gradient sums. */
	readonly #buffers: Float32Array[];
	#busy = false;

	constructor(
		kernel: Kernel,
		clients: ShardClient[],
		network: NetworkConfig,
		optimizer: OptimizerConfig,
		/** The kernel the workers train with. */
		readonly kind: KernelKind
	) {
		super(kernel, network, optimizer);
		this.#local = kernel;
		this.#clients = clients;
		const length = packedLength(kernel.hp);
		this.#buffers = clients.map(() => new Float32Array(length));
	}

	/** How many workers share the training images. */
	get workers(): number {
		return this.#clients.length;
	}

	/** One iteration on every worker at once, then the sum of their gradients and the update. */
	async step(): Promise<IterationReport> {
		this.updater.check();
		if (this.#busy) throw new Error('ParallelTrainer: step() called while a step is running');
		this.#busy = true;
		try {
			const iteration = this.iteration;
			const hp = this.#local.hp;
			const p = this.#local.params();
			const replies = await Promise.all(
				this.#clients.map((client, k) => {
					const buffer = this.#buffers[k];
					copyPacked(p, packedViews(buffer, hp));
					return client.request({ type: 'step', iteration, buffer }, 'grads', [
						buffer.buffer as ArrayBuffer
					]);
				})
			);
			// Evaluating a new set while the workers ran may have moved the kernel's memory.
			const grads = this.#local.grads();
			let [n, lossSum, correct] = [0, 0, 0];
			for (const [k, reply] of replies.entries()) {
				addPacked(k === 0, (this.#buffers[k] = reply.buffer), grads);
				[n, lossSum, correct] = [n + reply.n, lossSum + reply.lossSum, correct + reply.correct];
			}
			return this.updater.apply(this.#local.params(), grads, { n, lossSum, correct });
		} finally {
			this.#busy = false;
		}
	}

	/** Loss and accuracy on all the training images, each worker measuring its own share. */
	async evaluateTrain(): Promise<{ loss: number; accuracy: number; count: number }> {
		const hp = this.#local.hp;
		const replies = await Promise.all(
			this.#clients.map((client) => {
				const buffer = new Float32Array(packedLength(hp));
				copyPacked(this.#local.params(), packedViews(buffer, hp));
				return client.request({ type: 'evaluate', buffer }, 'evaluated', [buffer.buffer]);
			})
		);
		const count = replies.reduce((a, r) => a + r.n, 0);
		const lossSum = replies.reduce((a, r) => a + r.lossSum, 0);
		const correct = replies.reduce((a, r) => a + r.correct, 0);
		return { loss: lossSum / count, accuracy: correct / count, count };
	}

	/** Each worker's peak memory so far. */
	memory(): Promise<ShardMemory[]> {
		return Promise.all(this.#clients.map((c) => c.request({ type: 'memory' }, 'memory')));
	}

	/** Stops the workers; the trainer cannot step again. */
	close(): void {
		for (const client of this.#clients) client.close();
	}
}

/**
 * Adds one worker's sums, in buffer order (W¹ᵀ, b¹, W², b²), to the packed float32 arrays
 * `to` (or writes them, for the first): worker by worker in order, so a run is repeatable.
 */
function addPacked(first: boolean, from: Float32Array, to: Packed): void {
	let at = 0;
	for (const a of [to.W1T, to.b1, to.W2, to.b2]) {
		if (first) a.set(from.subarray(at, at + a.length));
		else for (let i = 0; i < a.length; i++) a[i] += from[at + i];
		at += a.length;
	}
}
