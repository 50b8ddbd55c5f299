/**
 * Training on the lesson path: the very float64 steps a learner steps through on the pages
 * (CurveRunner drives beginIteration and `advance`), on a whole MNIST set. About ten times
 * slower than the float32 fast path, and exact: numpy float64 running the notes' program
 * (static/from_scratch.py) gives the same numbers to about 1e-12, so the two agree on every
 * printed figure.
 */
import type { NetworkConfig, OptimizerConfig } from '../../src/lib/engine/config';
import type { CurvePoint } from '../../src/lib/engine/training/curve-point';
import { CurveRunner } from '../../src/lib/engine/training/curve-runner';
import { imagesToX, labelsOf } from '../../src/lib/engine/data/columns';
import type { MnistSet } from '../../src/lib/engine/data/mnist';
import { evaluate } from '../../src/lib/engine/forward';
import type { Matrix } from '../../src/lib/engine/matrix';

/** Why a float64 run stopped early: a value became ±∞ or NaN (the engine's report). */
export class Float64DivergenceError extends Error {
	override name = 'Float64DivergenceError';
}

/**
 * A trainer with the parallel trainer's shape (`step()`, `evaluate(set)`, `evaluateTrain()`,
 * `close()`) on the float64 lesson path,
 * starting from initParams(network) as the pages do.
 * @example const t = float64Trainer(train, network, { kind: 'gd', alpha: 0.1 }); t.step();
 */
export function float64Trainer(
	train: MnistSet,
	network: NetworkConfig,
	optimizer: OptimizerConfig
) {
	const x = imagesToX(train, 0, train.count);
	const runner = new CurveRunner({
		x,
		labels: labelsOf(train, 0, train.count),
		network,
		optimizer
	});
	// X for each set evaluated: the training set's is the one the runner trains on.
	const columns = new Map<MnistSet, { x: Matrix; labels: Uint8Array }>([
		[train, { x, labels: labelsOf(train, 0, train.count) }]
	]);
	return {
		kind: 'float64 lesson-path' as const,
		/** The lesson path runs on the calling thread. */
		workers: 1,
		/** One iteration, reported on its batch before its update, as FastTrainer.step() does. */
		step(): CurvePoint {
			const [point] = runner.step(1);
			if (runner.divergence) throw new Float64DivergenceError(runner.divergence.message);
			if (!point) throw new Error('float64Trainer: the iteration reported no loss');
			return point;
		},
		/** Mean cross-entropy and accuracy of the current parameters on `set`. */
		evaluate(set: MnistSet): { loss: number; accuracy: number } {
			let c = columns.get(set);
			if (!c) columns.set(set, (c = { x: imagesToX(set, 0, set.count), labels: set.labels }));
			return evaluate(runner.params, c.x, c.labels, network);
		},
		/** The same on the training set, as the parallel trainer's evaluateTrain() reports it. */
		async evaluateTrain(): Promise<{ loss: number; accuracy: number }> {
			return this.evaluate(train);
		},
		/** Nothing to release: there are no worker threads. */
		close(): void {}
	};
}
