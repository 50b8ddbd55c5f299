/**
 * How m training images are shared among n workers: contiguous ranges whose sizes differ by
 * at most one, in order, so that worker k holds images ⌊k·m/n⌋ .. ⌊(k+1)·m/n⌋ − 1. Full-batch
 * gradients are sums over the columns, so any split gives the same sum:
 *
 *   Σ_{j < m} dWⱼ = Σ_k Σ_{j in shard k} dWⱼ
 */
import type { ShardRange } from './messages';

/**
 * Workers a machine offers for training: all but one core (the page's), at least 1, at most 8,
 * except that 2 cores train on 2. There, leaving the page a core of its own would train on one
 * worker, twice as slowly, to spare a page that uses a fifth of a core while it trains: on two
 * 2-core machines the default run took 7.0 s on 2 workers against 11.5 s on 1, and 11.0 s
 * against 14.4 s, with no main-thread task over 50 ms either way; on the second, a key pressed
 * while 2 workers trained reached the page in 1 ms (median; 16 ms at most), its next frame in
 * 4 ms (38 at most) (`npm run bench:lab`).
 */
export function defaultWorkers(cores: number): number {
	const n = Math.floor(cores);
	return clampWorkers(Math.max(n - 1, Math.min(n, 2)));
}

/** The most workers the engine will start. */
export const MAX_WORKERS = 8;

/** n held to 1 .. MAX_WORKERS (1 for anything that is not a number). */
export function clampWorkers(n: number): number {
	return Number.isFinite(n) ? Math.min(MAX_WORKERS, Math.max(1, Math.round(n))) : 1;
}

/** The shares of m images among n workers (fewer workers when m < n: none gets nothing). */
export function shardRanges(m: number, n: number): ShardRange[] {
	if (!Number.isInteger(m) || m < 1 || !Number.isInteger(n) || n < 1) {
		throw new RangeError(`shardRanges: m = ${m} and n = ${n} must be whole numbers ≥ 1`);
	}
	const k = Math.min(n, m);
	return Array.from({ length: k }, (_, i) => {
		const first = Math.floor((i * m) / k);
		return { first, count: Math.floor(((i + 1) * m) / k) - first };
	});
}
