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
import { batchSizeOf } from '../optim/optimizer';
import { slopeOf, type Kernel, type KernelKind } from './kernel';
import { createJsKernel } from './kernel-js';
import { createWasmKernel } from './kernel-wasm';
import { TrainerBase } from './trainer-base';
import type { IterationReport } from './update';

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

export class FastTrainer extends TrainerBase {
	readonly #kernel: Kernel;
	readonly #train: number;
	readonly #m: number;
	readonly #schedule: BatchSchedule | undefined;

	constructor(
		kernel: Kernel,
		train: MnistSet,
		network: NetworkConfig,
		optimizer: OptimizerConfig,
		params?: Params
	) {
		super(kernel, network, optimizer);
		this.#kernel = kernel;
		this.#m = train.count;
		this.#train = this.evaluator.own(train);
		const size = batchSizeOf(optimizer, train.count);
		if (size < train.count) this.#schedule = new BatchSchedule(train.count, size, network.seed);
		this.setParams(params ?? initParams(network));
	}

	get kind(): KernelKind {
		return this.#kernel.kind;
	}

	/** One iteration: forward, loss and backward over the batch, then the update. */
	step(): IterationReport {
		this.updater.check();
		const batch = this.#schedule?.indices(this.iteration) ?? null;
		const n = batch?.length ?? this.#m;
		const sums = this.#kernel.accumulate(this.#train, batch, n);
		return this.updater.apply(this.#kernel.params(), this.#kernel.grads(), { n, ...sums });
	}

	/** Bytes of the kernel's memory (the WebAssembly module's, or the JavaScript arrays). */
	memoryBytes(): number {
		return this.#kernel.memoryBytes();
	}
}
