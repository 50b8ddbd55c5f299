/**
 * A kernel used for what does not train: the parameters themselves (set, read, in the notes'
 * shapes) and the forward pass over whole sets (test accuracy, every prediction). The sets it has evaluated lately stay prepared in the kernel; older ones are dropped
 * so that memory stays bounded however many sets come by.
 */
import { INPUTS, type NetworkConfig, type Params } from '../config';
import type { MnistSet } from '../data/mnist';
import { checkParams } from '../params';
import { evaluateSet, type Evaluation } from './evaluate';
import type { Kernel } from './kernel';
import { pack, unpack } from './layout';

/** Evaluation sets kept prepared (e.g. the test set and a drawn batch) before the oldest goes. */
const KEPT_SETS = 2;

export class Evaluator {
	/** Sets evaluated lately, most recent last. */
	readonly #kept = new Map<MnistSet, number>();
	/** Sets the owner prepared itself (its training set): never dropped. */
	readonly #own = new Map<MnistSet, number>();

	constructor(
		readonly kernel: Kernel,
		readonly network: NetworkConfig
	) {}

	/** Makes `set` the owner's: prepared once, kept for good (its handle is returned). */
	own(set: MnistSet): number {
		const handle = this.kernel.addSet(set);
		this.#own.set(set, handle);
		return handle;
	}

	/** Accuracy, loss and each image's prediction (and probabilities when asked) on `set`. */
	evaluate(set: MnistSet, { probabilities = false } = {}): Evaluation {
		return evaluateSet(this.kernel, this.#handleOf(set), set.count, probabilities);
	}

	/** Float64 copies of W¹ (hidden × 784), b¹, W², b² in the notes' shapes. */
	params(): Params {
		return unpack(this.kernel.params(), this.network.hidden);
	}

	/** Writes `params` (rounded to float32) into the kernel, after checking their shapes. */
	setParams(params: Params): void {
		checkParams(params, this.network, INPUTS);
		pack(params, this.network.hidden, this.kernel.params());
	}

	/** The gradients in the kernel's gradient arrays, float64, in the notes' shapes. */
	gradients(): Params {
		return unpack(this.kernel.grads(), this.network.hidden);
	}

	#handleOf(set: MnistSet): number {
		const own = this.#own.get(set);
		if (own !== undefined) return own;
		let handle = this.#kept.get(set);
		if (handle === undefined) {
			handle = this.kernel.addSet(set);
			if (this.#kept.size >= KEPT_SETS) {
				const [oldest, old] = this.#kept.entries().next().value!;
				this.kernel.dropSet(old);
				this.#kept.delete(oldest);
			}
		} else {
			this.#kept.delete(set);
		}
		this.#kept.set(set, handle);
		return handle;
	}
}
