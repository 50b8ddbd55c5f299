/**
 * The last `limit` states, newest last, for stepping back. States are immutable and share
 * every matrix they have in common, so keeping hundreds costs only the new matrices.
 */
export class BoundedHistory<T> {
	#items: T[] = [];

	constructor(readonly limit: number) {
		if (!Number.isInteger(limit) || limit < 0) {
			throw new RangeError(`history: limit ${limit} must be a whole number ≥ 0`);
		}
	}

	get size(): number {
		return this.#items.length;
	}

	/** Remembers `item`, forgetting the oldest once more than `limit` are kept. */
	push(item: T): void {
		if (this.limit === 0) return;
		this.#items.push(item);
		if (this.#items.length > this.limit) this.#items.shift();
	}

	/** The newest item, removed; undefined when empty. */
	pop(): T | undefined {
		return this.#items.pop();
	}

	clear(): void {
		this.#items = [];
	}
}
