/**
 * A network's packed float32 arrays (fast/layout.ts) laid end to end in one buffer, so that a
 * whole set of parameters or gradient sums travels to and from a worker as one transfer:
 *
 *   [ W¹ᵀ (784 · hp) | b¹ (hp) | W² (10 · hp) | b² (12) ]
 */
import { packedSizes, type Packed } from '../fast/layout';

/** Floats in one packed set for hp padded hidden units. */
export function packedLength(hp: number): number {
	const s = packedSizes(hp);
	return s.W1T + s.b1 + s.W2 + s.b2;
}

/** Views of `buffer` as the four packed arrays; throws unless its length fits hp. */
export function packedViews(buffer: Float32Array, hp: number): Packed {
	if (buffer.length !== packedLength(hp)) {
		throw new RangeError(
			`packed buffer: ${buffer.length} floats, expected ${packedLength(hp)} for hp = ${hp}`
		);
	}
	const s = packedSizes(hp);
	let at = 0;
	const next = (n: number) => buffer.subarray(at, (at += n));
	return { W1T: next(s.W1T), b1: next(s.b1), W2: next(s.W2), b2: next(s.b2) };
}

/** Copies the four arrays of `from` into `to` (same hp). */
export function copyPacked(from: Packed, to: Packed): void {
	to.W1T.set(from.W1T);
	to.b1.set(from.b1);
	to.W2.set(from.W2);
	to.b2.set(from.b2);
}
