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
 */
import {
	DEFAULT_OPTIMIZER,
	type NetworkConfig,
	type OptimizerConfig,
	type Params
} from '../config';
import type { MnistSet } from '../data/mnist';
import type { Evaluation } from '../fast/evaluate';
import { Evaluator } from '../fast/evaluator';
import type { Kernel, KernelKind } from '../fast/kernel';
import type { Packed } from '../fast/layout';
import { kernelFor, type FastTrainerOptions } from '../fast/trainer';
import { Updater, type IterationReport } from '../fast/update';
import { initParams } from '../init';
import { batchSizeOf, checkOptimizer } from '../optim/optimizer';
import { ShardClient } from './client';
import type { ShardMemory, ShardPort } from './messages';
import { copyPacked, packedLength, packedViews } from './packed-buffer';
import { shardRanges } from './ranges';

export interface ParallelTrainerOptions extends FastTrainerOptions {
	/** One port per worker; with fewer images than ports, the ports left over are closed. */
	readonly ports: readonly ShardPort[];
}

/** Starts the workers with their shares of `train` and waits until every one is ready. */
export async function createParallelTrainer(
	train: MnistSet,
	options: ParallelTrainerOptions
): Promise<ParallelTrainer> {
	const optimizer = options.optimizer ?? DEFAULT_OPTIMIZER;
	checkOptimizer(optimizer);
	const { network, kernel } = await kernelFor(options);
	const ranges = shardRanges(train.count, options.ports.length);
	for (const port of options.ports.slice(ranges.length)) port.terminate();
	const clients = ranges.map((_, k) => new ShardClient(options.ports[k], k));
	const size = batchSizeOf(optimizer, train.count);
	const batches =
		size < train.count ? { m: train.count, batchSize: size, seed: network.seed } : undefined;
	const wasm = sendable(options.wasm);
	try {
		const kinds = await Promise.all(
			clients.map((client, k) => {
				const { first, count } = ranges[k];
				// Copies, so that each worker's share moves to it and the caller keeps its set.
				const images = train.images.slice(first * 784, (first + count) * 784);
				const labels = train.labels.slice(first, first + count);
				const init = {
					type: 'init',
					wasm,
					network,
					range: ranges[k],
					batches,
					images,
					labels
				} as const;
				return client.request(init, 'ready', [images.buffer, labels.buffer]);
			})
		);
		const trainer = new ParallelTrainer(kernel, clients, network, optimizer, kinds[0].kind);
		trainer.setParams(options.params ?? initParams(network));
		return trainer;
	} catch (error) {
		for (const client of clients) client.close();
		throw error;
	}
}

export class ParallelTrainer {
	readonly #local: Kernel;
	readonly #evaluator: Evaluator;
	readonly #updater: Updater;
	readonly #clients: ShardClient[];
	/** One buffer a worker, sent out with parameters and back with gradient sums. */
	readonly #buffers: Float32Array[];
	readonly #sum: Float64Array;
	#busy = false;

	constructor(
		kernel: Kernel,
		clients: ShardClient[],
		readonly network: NetworkConfig,
		readonly optimizer: OptimizerConfig,
		/** The kernel the workers train with. */
		readonly kind: KernelKind
	) {
		this.#local = kernel;
		this.#evaluator = new Evaluator(kernel, network);
		this.#updater = new Updater(optimizer, kernel.hp);
		this.#clients = clients;
		const length = packedLength(kernel.hp);
		this.#buffers = clients.map(() => new Float32Array(length));
		this.#sum = new Float64Array(length);
	}

	/** How many workers share the training images. */
	get workers(): number {
		return this.#clients.length;
	}

	/** Updates done so far. */
	get iteration(): number {
		return this.#updater.iteration;
	}

	/** One iteration on every worker at once, then the sum of their gradients and the update. */
	async step(): Promise<IterationReport> {
		this.#updater.check();
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
			const sum = this.#sum.fill(0);
			let [n, lossSum, correct] = [0, 0, 0];
			for (const [k, reply] of replies.entries()) {
				const g = (this.#buffers[k] = reply.buffer);
				for (let i = 0; i < sum.length; i++) sum[i] += g[i];
				[n, lossSum, correct] = [n + reply.n, lossSum + reply.lossSum, correct + reply.correct];
			}
			// Evaluating a new set while the workers ran may have moved the kernel's memory.
			const grads = this.#local.grads();
			writePacked(sum, grads);
			return this.#updater.apply(this.#local.params(), grads, { n, lossSum, correct });
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

	/** Accuracy, loss and each image's prediction (and probabilities when asked) on `set`. */
	evaluate(set: MnistSet, options: { probabilities?: boolean } = {}): Evaluation {
		return this.#evaluator.evaluate(set, options);
	}

	/** Float64 copies of W¹ (hidden × 784), b¹, W², b² in the notes' shapes. */
	params(): Params {
		return this.#evaluator.params();
	}

	/** Replaces the parameters (rounded to float32); Adam starts over with fresh moments. */
	setParams(params: Params): void {
		this.#evaluator.setParams(params);
		this.#updater.reset();
	}

	/** The mean gradients of the last step, float64, in the notes' shapes. */
	gradients(): Params {
		return this.#evaluator.gradients();
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

/** The kernel as the workers can receive it: compiled, or its bytes copied into a Uint8Array. */
function sendable(wasm: FastTrainerOptions['wasm']): WebAssembly.Module | Uint8Array | undefined {
	if (wasm === undefined || wasm instanceof WebAssembly.Module) return wasm;
	const bytes = ArrayBuffer.isView(wasm)
		? new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength)
		: new Uint8Array(wasm);
	return bytes.slice();
}

/** Writes the float64 sums in buffer order (W¹ᵀ, b¹, W², b²) into packed float32 arrays. */
function writePacked(sum: Float64Array, to: Packed): void {
	let at = 0;
	for (const a of [to.W1T, to.b1, to.W2, to.b2]) {
		for (let i = 0; i < a.length; i++) a[i] = sum[at++];
	}
}
