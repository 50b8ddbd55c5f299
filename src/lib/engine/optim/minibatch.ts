/**
 * Mini-batches: each epoch the m columns are put in a fresh seeded order and cut into batches
 * of `batchSize` (the last one holds what is left); one iteration is one batch's update.
 *
 * Epoch e's order is a Fisher–Yates shuffle from Rng(seed, stream 1 + e), a pure function of
 * (seed, e), so stepping back or jumping to any iteration needs no saved generator state.
 */
import { Rng } from '../rng';

/** How many updates make one pass over m columns: ⌈m / batchSize⌉. */
export function batchesPerEpoch(m: number, batchSize: number): number {
	if (!Number.isInteger(m) || m < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
		throw new RangeError(
			`mini-batch: m = ${m} and batch size ${batchSize} must be whole numbers ≥ 1`
		);
	}
	return Math.ceil(m / batchSize);
}

/** The order of the columns in epoch `epoch` (from 0). */
export function epochOrder(m: number, seed: number, epoch: number): Int32Array {
	const order = new Int32Array(m);
	for (let j = 0; j < m; j++) order[j] = j;
	return new Rng(seed, 1 + epoch).shuffle(order);
}

/**
 * Which columns iteration `iteration` (from 0) trains on. Remembers the last epoch's order,
 * so walking through an epoch shuffles once.
 * @example new BatchSchedule(10, 4, 0).indices(2) // the last 2 columns of epoch 0's order
 */
export class BatchSchedule {
	readonly perEpoch: number;
	#epoch = -1;
	#order: Int32Array = new Int32Array(0);

	constructor(
		readonly m: number,
		readonly batchSize: number,
		readonly seed: number
	) {
		this.perEpoch = batchesPerEpoch(m, batchSize);
	}

	/** The epoch (from 0) that iteration `iteration` belongs to. */
	epochOf(iteration: number): number {
		return Math.floor(iteration / this.perEpoch);
	}

	/** The column indices of iteration `iteration`'s batch, a fresh array. */
	indices(iteration: number): Int32Array {
		if (!Number.isInteger(iteration) || iteration < 0) {
			throw new RangeError(`BatchSchedule: iteration ${iteration} must be a whole number ≥ 0`);
		}
		const epoch = this.epochOf(iteration);
		if (epoch !== this.#epoch) {
			this.#order = epochOrder(this.m, this.seed, epoch);
			this.#epoch = epoch;
		}
		const start = (iteration % this.perEpoch) * this.batchSize;
		return this.#order.slice(start, Math.min(this.m, start + this.batchSize));
	}
}
