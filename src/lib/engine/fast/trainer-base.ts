/**
 * What every trainer of the fast path shares, on one thread (trainer.ts) or over workers
 * (parallel/): the parameters in the notes' shapes, read and replaced through the kernel that
 * holds them; evaluation of any set on that kernel; and the update half of each iteration
 * (update.ts), whose count of updates is the trainer's iteration.
 */
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import type { MnistSet } from '../data/mnist';
import { checkOptimizer } from '../optim/optimizer';
import type { Evaluation } from './evaluate';
import { Evaluator } from './evaluator';
import type { Kernel } from './kernel';
import { Updater } from './update';

export abstract class TrainerBase {
	protected readonly evaluator: Evaluator;
	protected readonly updater: Updater;

	constructor(
		kernel: Kernel,
		readonly network: NetworkConfig,
		readonly optimizer: OptimizerConfig
	) {
		checkOptimizer(optimizer);
		this.evaluator = new Evaluator(kernel, network);
		this.updater = new Updater(optimizer, kernel.hp);
	}

	/** Updates done so far. */
	get iteration(): number {
		return this.updater.iteration;
	}

	/** Accuracy, loss and each image's prediction (and probabilities when asked) on `set`. */
	evaluate(set: MnistSet, options: { probabilities?: boolean } = {}): Evaluation {
		return this.evaluator.evaluate(set, options);
	}

	/** Float64 copies of W¹ (hidden × 784), b¹, W², b² in the notes' shapes. */
	params(): Params {
		return this.evaluator.params();
	}

	/** Replaces the parameters (rounded to float32); Adam starts over with fresh moments. */
	setParams(params: Params): void {
		this.evaluator.setParams(params);
		this.updater.reset();
	}

	/** The mean gradients of the last step, float64, in the notes' shapes. */
	gradients(): Params {
		return this.evaluator.gradients();
	}
}
