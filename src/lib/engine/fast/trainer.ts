/**
 * Trains the notes' network on a whole MNIST set, fast: the sparse float32 kernels for forward
 * and backward, then the engine's own update functions (optim/) over the packed parameters.
 * One `step()` is one iteration: the whole set for gradient descent, one batch otherwise.
 */
import {
	DEFAULT_NETWORK,
	DEFAULT_OPTIMIZER,
	INPUTS,
	PARAM_NAMES,
	type NetworkConfig,
	type OptimizerConfig,
	type Params
} from '../config';
import type { MnistSet } from '../data/mnist';
import { initParams } from '../init';
import { adamStep } from '../optim/adam';
import { gdStep } from '../optim/gd';
import { BatchSchedule } from '../optim/minibatch';
import { batchSizeOf, checkOptimizer } from '../optim/optimizer';
import { checkParams } from '../params';
import { FastDivergenceError, firstNonFiniteValue } from './divergence';
import { evaluateSet, forwardOne, type Evaluation, type ForwardResult } from './evaluate';
import { slopeOf, type Kernel, type KernelKind } from './kernel';
import { createJsKernel } from './kernel-js';
import { createWasmKernel } from './kernel-wasm';
import { pack, packedSizes, unpack, type Packed } from './layout';

export interface FastTrainerOptions {
	readonly network?: Partial<NetworkConfig>;
	readonly optimizer?: OptimizerConfig;
	/** kernel.wasm's bytes or compiled module; without it the JavaScript kernel runs. */
	readonly wasm?: WebAssembly.Module | BufferSource;
	/** Start from these instead of initParams(network). */
	readonly params?: Params;
}

export interface IterationReport {
	/** This update's number, counting from 1. */
	readonly iteration: number;
	/** Mean cross-entropy over the batch, before the update (as the notes print it). */
	readonly loss: number;
	/** Fraction of the batch classified right, before the update. */
	readonly accuracy: number;
	readonly batchSize: number;
}

type Moments = Record<keyof Packed, Float64Array>;

/** The packed arrays, in the order of PARAM_NAMES (W1T is W¹ transposed). */
const PACKED = ['W1T', 'b1', 'W2', 'b2'] as const;

/** Evaluation sets kept prepared (e.g. the test set and a drawn batch) before the oldest goes. */
const KEPT_SETS = 2;

/** A trainer for `train`, with the WebAssembly kernel when `options.wasm` is given. */
export async function createFastTrainer(
	train: MnistSet,
	options: FastTrainerOptions = {}
): Promise<FastTrainer> {
	const network: NetworkConfig = { ...DEFAULT_NETWORK, ...options.network };
	const slope = slopeOf(network.activation, network.leakySlope);
	const kernel = options.wasm
		? await createWasmKernel(options.wasm, network.hidden, slope)
		: createJsKernel(network.hidden, slope);
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
	readonly #train: number;
	readonly #m: number;
	readonly #schedule: BatchSchedule | undefined;
	/** Sets evaluated lately, most recent last; older ones are dropped to bound memory. */
	readonly #evaluated = new Map<MnistSet, number>();
	readonly #trainSet: MnistSet;
	#moments: { m: Moments; v: Moments; t: number } | undefined;
	#iteration = 0;
	#diverged: FastDivergenceError | undefined;

	constructor(
		kernel: Kernel,
		train: MnistSet,
		readonly network: NetworkConfig,
		readonly optimizer: OptimizerConfig,
		params?: Params
	) {
		checkOptimizer(optimizer);
		this.#kernel = kernel;
		this.#m = train.count;
		this.#train = kernel.addSet(train);
		this.#trainSet = train;
		const size = batchSizeOf(optimizer, train.count);
		if (size < train.count) this.#schedule = new BatchSchedule(train.count, size, network.seed);
		this.setParams(params ?? initParams(network));
	}

	get kind(): KernelKind {
		return this.#kernel.kind;
	}

	/** Updates done so far. */
	get iteration(): number {
		return this.#iteration;
	}

	/** One iteration: forward, loss and backward over the batch, then the update. */
	step(): IterationReport {
		if (this.#diverged) throw this.#diverged;
		const iteration = this.#iteration + 1;
		const batch = this.#schedule?.indices(iteration - 1) ?? null;
		const n = batch?.length ?? this.#m;
		const { lossSum, correct } = this.#kernel.accumulate(this.#train, batch, n);
		const loss = lossSum / n;
		if (!Number.isFinite(loss))
			this.#fail(new FastDivergenceError(iteration, 'loss', loss, this.optimizer.alpha));
		const p = this.#kernel.params();
		const g = this.#kernel.grads();
		for (const name of PACKED) {
			const grad = g[name];
			for (let k = 0; k < grad.length; k++) grad[k] /= n;
			if (this.optimizer.kind === 'adam') {
				const { m, v, t } = (this.#moments ??= this.#freshMoments());
				adamStep(p[name], grad, m[name], v[name], t + 1, this.optimizer);
			} else {
				gdStep(p[name], grad, this.optimizer.alpha);
			}
		}
		if (this.#moments) this.#moments.t++;
		this.#iteration = iteration;
		for (const [i, name] of PACKED.entries()) {
			const bad = firstNonFiniteValue(p[name]);
			if (bad !== undefined)
				this.#fail(new FastDivergenceError(iteration, PARAM_NAMES[i], bad, this.optimizer.alpha));
		}
		return { iteration, loss, accuracy: correct / n, batchSize: n };
	}

	/** Accuracy, loss and each image's prediction (and probabilities when asked) on `set`. */
	evaluate(set: MnistSet, { probabilities = false } = {}): Evaluation {
		return evaluateSet(this.#kernel, this.#handleOf(set), set.count, probabilities);
	}

	/** Z¹, A¹, Z², A² and the predicted digit for one image: 784 bytes 0–255, or floats 0–1. */
	forward(pixels: Uint8Array | Float32Array): ForwardResult {
		if (pixels.length !== INPUTS)
			throw new RangeError(`forward: expected ${INPUTS} pixels, got ${pixels.length}`);
		return forwardOne(this.#kernel.params(), this.network.hidden, this.network, pixels);
	}

	/** Float64 copies of W¹ (hidden × 784), b¹, W², b² in the notes' shapes. */
	params(): Params {
		return unpack(this.#kernel.params(), this.network.hidden);
	}

	/** Replaces the parameters (rounded to float32); Adam starts over with fresh moments. */
	setParams(params: Params): void {
		checkParams(params, this.network, INPUTS);
		pack(params, this.network.hidden, this.#kernel.params());
		this.#moments = undefined;
		this.#diverged = undefined;
	}

	/** The mean gradients of the last step, float64, in the notes' shapes. */
	gradients(): Params {
		return unpack(this.#kernel.grads(), this.network.hidden);
	}

	#handleOf(set: MnistSet): number {
		if (set === this.#trainSet) return this.#train;
		let handle = this.#evaluated.get(set);
		if (handle === undefined) {
			handle = this.#kernel.addSet(set);
			if (this.#evaluated.size >= KEPT_SETS) {
				const [oldest, old] = this.#evaluated.entries().next().value!;
				this.#kernel.dropSet(old);
				this.#evaluated.delete(oldest);
			}
		} else {
			this.#evaluated.delete(set);
		}
		this.#evaluated.set(set, handle);
		return handle;
	}

	#freshMoments(): { m: Moments; v: Moments; t: number } {
		const sizes = packedSizes(this.#kernel.hp);
		const zeros = (): Moments => ({
			W1T: new Float64Array(sizes.W1T),
			b1: new Float64Array(sizes.b1),
			W2: new Float64Array(sizes.W2),
			b2: new Float64Array(sizes.b2)
		});
		return { m: zeros(), v: zeros(), t: 0 };
	}

	#fail(error: FastDivergenceError): never {
		this.#diverged = error;
		throw error;
	}
}
