/**
 * Trains the notes' network on a whole MNIST set, fast, on one thread: the sparse float32
 * kernels for forward and backward, then the engine's own update functions (update.ts) over
 * the packed parameters. One `step()` is one iteration: the whole set for gradient descent,
 * one batch otherwise. parallel/ spreads the same iteration over several workers.
 */
import {
	DEFAULT_NETWORK,
	DEFAULT_OPTIMIZER,
	type NetworkConfig,
	type OptimizerConfig,
	type Params
} from '../config';
import type { MnistSet } from '../data/mnist';
import { initParams } from '../init';
import { BatchSchedule } from '../optim/minibatch';
import { batchSizeOf, checkOptimizer } from '../optim/optimizer';
import type { Evaluation } from './evaluate';
import { Evaluator } from './evaluator';
import { slopeOf, type Kernel, type KernelKind } from './kernel';
import { createJsKernel } from './kernel-js';
import { createWasmKernel } from './kernel-wasm';
import { Updater, type IterationReport } from './update';

export type { IterationReport } from './update';

export interface FastTrainerOptions {
	readonly network?: Partial<NetworkConfig>;
	readonly optimizer?: OptimizerConfig;
	/** kernel.wasm's bytes or compiled module; without it the JavaScript kernel runs. */
	readonly wasm?: WebAssembly.Module | BufferSource;
	/** Start from these instead of initParams(network). */
	readonly params?: Params;
}

/** The network an options object stands for, and a kernel for it (WebAssembly when given). */
export async function kernelFor(
	options: Pick<FastTrainerOptions, 'network' | 'wasm'>
): Promise<{ network: NetworkConfig; kernel: Kernel }> {
	const network: NetworkConfig = { ...DEFAULT_NETWORK, ...options.network };
	const slope = slopeOf(network.activation, network.leakySlope);
	const kernel = options.wasm
		? await createWasmKernel(options.wasm, network.hidden, slope)
		: createJsKernel(network.hidden, slope);
	return { network, kernel };
}

/** A trainer for `train`, with the WebAssembly kernel when `options.wasm` is given. */
export async function createFastTrainer(
	train: MnistSet,
	options: FastTrainerOptions = {}
): Promise<FastTrainer> {
	const { network, kernel } = await kernelFor(options);
	return new FastTrainer(
		kernel,
		train,
		network,
		options.optimizer ?? DEFAULT_OPTIMIZER,
		options.params
	);
}

export class FastTrainer {
	readonly #kernel: Kernel;
	readonly #evaluator: Evaluator;
	readonly #updater: Updater;
	readonly #train: number;
	readonly #m: number;
	readonly #schedule: BatchSchedule | undefined;

	constructor(
		kernel: Kernel,
		train: MnistSet,
		readonly network: NetworkConfig,
		readonly optimizer: OptimizerConfig,
		params?: Params
	) {
		checkOptimizer(optimizer);
		this.#kernel = kernel;
		this.#evaluator = new Evaluator(kernel, network);
		this.#updater = new Updater(optimizer, kernel.hp);
		this.#m = train.count;
		this.#train = this.#evaluator.own(train);
		const size = batchSizeOf(optimizer, train.count);
		if (size < train.count) this.#schedule = new BatchSchedule(train.count, size, network.seed);
		this.setParams(params ?? initParams(network));
	}

	get kind(): KernelKind {
		return this.#kernel.kind;
	}

	/** Updates done so far. */
	get iteration(): number {
		return this.#updater.iteration;
	}

	/** One iteration: forward, loss and backward over the batch, then the update. */
	step(): IterationReport {
		this.#updater.check();
		const batch = this.#schedule?.indices(this.iteration) ?? null;
		const n = batch?.length ?? this.#m;
		const sums = this.#kernel.accumulate(this.#train, batch, n);
		return this.#updater.apply(this.#kernel.params(), this.#kernel.grads(), { n, ...sums });
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

	/** Bytes of the kernel's memory (the WebAssembly module's, or the JavaScript arrays). */
	memoryBytes(): number {
		return this.#kernel.memoryBytes();
	}
}
