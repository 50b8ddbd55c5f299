/**
 * The data each iteration trains on: all of X for full-batch training, or one mini-batch of
 * its columns (with their labels) picked by the seeded schedule in optim/minibatch.ts.
 */
import { CLASSES, type OptimizerConfig } from './config';
import type { Matrix } from './matrix';
import { pickColumns } from './ops/columns';
import { BatchSchedule } from './optim/minibatch';
import { batchSizeOf } from './optim/optimizer';

/** `labels` as whole digits 0–9, one per column of X; a readable error otherwise. */
export function checkLabels(labels: ArrayLike<number>, m: number): Int32Array {
	if (labels.length !== m) {
		throw new RangeError(`X has ${m} columns but there are ${labels.length} labels`);
	}
	return Int32Array.from(labels, (y, j) => {
		if (!Number.isInteger(y) || y < 0 || y >= CLASSES) {
			throw new RangeError(`label ${y} of column ${j} is not a digit 0..9`);
		}
		return y;
	});
}

export interface Batch {
	readonly x: Matrix;
	readonly labels: Int32Array;
	/** The columns of the full X in this batch; undefined when it is all of X. */
	readonly columns?: Int32Array;
}

export class Batches {
	readonly #schedule: BatchSchedule | undefined;

	constructor(
		readonly x: Matrix,
		readonly labels: Int32Array,
		optimizer: OptimizerConfig,
		seed: number
	) {
		const m = x.shape[1];
		const size = batchSizeOf(optimizer, m);
		if (size < m) this.#schedule = new BatchSchedule(m, size, seed);
	}

	/** The batch of iteration `iteration`, counting from 1. */
	forIteration(iteration: number): Batch {
		const columns = this.#schedule?.indices(iteration - 1);
		if (columns === undefined) return { x: this.x, labels: this.labels };
		const labels = Int32Array.from(columns, (j) => this.labels[j]);
		return { x: pickColumns(this.x, columns), labels, columns };
	}
}
