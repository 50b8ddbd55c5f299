/**
 * The two products that are 98% of the work, over nonzero pixels only (about 150 of an
 * image's 784), both over image j's entries:
 *
 *   forward:   zⱼ[c..c+w) = Σ_p W¹ᵀ[p, c..c+w) · x_pj        (a gather from rows of W¹ᵀ)
 *   backward:  dW¹ᵀ[p, c..c+w) += x_pj · sⱼ[c..c+w)        (a scatter into rows of dW¹ᵀ)
 *
 * with s = dZ¹ column / 255. An entry is 4 bytes (sparsify.ts): the row's offset in the low
 * half, x's float32 bits in the high half, exact because a whole number 0–255 needs only 8
 * bits of mantissa; one mask recovers x. Widths of 12 units (three f32x4) and 4 cover every
 * hp.
 *
 * An entry costs about 11 instructions in V8's code in the forward (its offset, the broadcast
 * and mask of x, 3 row loads, 3 multiply-adds, and the loop's share: V8 folds no load into
 * arithmetic, and unrolls the two-entry loop once more itself), 3 more in the backward (the
 * stores), 3 more again without fused multiply-adds.
 *
 * Measured and not kept (Node 20, m = 60,000): four entries a turn, 336 M instructions a
 * pass against 298 M (V8 hoists every load to the top of the body and spills; again with
 * fused multiply-adds and images padded to four entries, 365 against 330 ns an image); three
 * accumulator sets spill too; broadcasting x from a register instead of memory was slower; so
 * was, where memory was not what bound, a pixel-by-pixel backward from a second copy of the
 * entries (8 bytes each, then), 22.5 against 24.2 ms, which on a machine where it was cost
 * 41.5 against 29.3; both entries of a turn from one 8-byte load, their offsets extracted
 * and x shuffled out, the same in the forward and 3% slower in the backward. Later, on a
 * 2-vCPU machine at about 3.5 GHz (about 2.5 cycles an entry in the forward, 3 in the
 * backward): entries split into a float32 x and a u16 offset, 12 bytes a pair, so that x needs
 * no mask, 5% faster in cache but 5% slower at m = 60,000 and 2% slower on two workers (50%
 * more bytes to read); both offsets of a turn from one 8-byte integer load, no change; one of
 * the three stores of a row left out (a wrong answer, to find the limit), 1.5% faster, and
 * one of the three loads, 2%: neither the store nor the load ports are what binds, the
 * number of instructions issued is.
 */

import { madd } from './madd';
import { DW1T_AT, W1T_AT } from './net';

/** The high half of entry e (or the one after, `value4`): x's float32 bits, low 16 zero for 0–255. */
@inline
function value(e: usize): v128 {
	return v128.and(v128.load32_splat(e), i32x4.splat(0xffff0000));
}
@inline
function value4(e: usize): v128 {
	return v128.and(v128.load32_splat(e, 4), i32x4.splat(0xffff0000));
}

/**
 * Where entry e (or the one after) points: its 16-bit row offset shifted by `shift`, plus the
 * chunk `c` of units, relative to W¹ᵀ's (or dW¹ᵀ's) fixed address (net.ts), which every load
 * carries as its constant offset rather than an add.
 */
@inline
function row(e: usize, c: usize, shift: usize): usize {
	return c + (<usize>load<u16>(e) << shift);
}
@inline
function row4(e: usize, c: usize, shift: usize): usize {
	return c + (<usize>load<u16>(e, 4) << shift);
}

/**
 * out[0..12) = Σ_k W¹ᵀ row_k[c..c+12) · x_k over image entries k0 .. k1 − 1, an even count
 * (sparsify.ts pads each image), two a turn with no odd one left to branch on: the forward.
 * Two interleaved accumulator sets hide the multiply-add latency.
 */
@inline
export function gather3(ents: usize, k0: i32, k1: i32, c: usize, shift: usize, out: usize): void {
	let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0);
	let b0 = f32x4.splat(0), b1 = f32x4.splat(0), b2 = f32x4.splat(0);
	let e = ents + (<usize>k0 << 2);
	const end = ents + (<usize>k1 << 2);
	for (; e < end; e += 8) {
		const r0 = row(e, c, shift), x0 = value(e);
		const r1 = row4(e, c, shift), x1 = value4(e);
		a0 = madd(v128.load(r0, W1T_AT), x0, a0);
		a1 = madd(v128.load(r0, W1T_AT + 16), x0, a1);
		a2 = madd(v128.load(r0, W1T_AT + 32), x0, a2);
		b0 = madd(v128.load(r1, W1T_AT), x1, b0);
		b1 = madd(v128.load(r1, W1T_AT + 16), x1, b1);
		b2 = madd(v128.load(r1, W1T_AT + 32), x1, b2);
	}
	v128.store(out, f32x4.add(a0, b0));
	v128.store(out, f32x4.add(a1, b1), 16);
	v128.store(out, f32x4.add(a2, b2), 32);
}
/** The same for 4 units. */
@inline
export function gather1(ents: usize, k0: i32, k1: i32, c: usize, shift: usize, out: usize): void {
	let a0 = f32x4.splat(0);
	for (let e = ents + (<usize>k0 << 2), end = ents + (<usize>k1 << 2); e < end; e += 4) {
		a0 = madd(v128.load(row(e, c, shift), W1T_AT), value(e), a0);
	}
	v128.store(out, a0);
}
/**
 * The backward, 12 units: dW¹ᵀ row_k[c..c+12) += s[0..12) · x_k, two entries a turn as in
 * gather3. An image's pixels are distinct, so no two entries of one call touch the same row;
 * a padding entry adds 0 to row 0.
 */
@inline
export function backward3(ents: usize, k0: i32, k1: i32, c: usize, shift: usize, s: usize): void {
	const s0 = v128.load(s), s1 = v128.load(s, 16), s2 = v128.load(s, 32);
	let e = ents + (<usize>k0 << 2);
	const end = ents + (<usize>k1 << 2);
	for (; e < end; e += 8) {
		const r0 = row(e, c, shift), x0 = value(e);
		const r1 = row4(e, c, shift), x1 = value4(e);
		v128.store(r0, madd(s0, x0, v128.load(r0, DW1T_AT)), DW1T_AT);
		v128.store(r0, madd(s1, x0, v128.load(r0, DW1T_AT + 16)), DW1T_AT + 16);
		v128.store(r0, madd(s2, x0, v128.load(r0, DW1T_AT + 32)), DW1T_AT + 32);
		v128.store(r1, madd(s0, x1, v128.load(r1, DW1T_AT)), DW1T_AT);
		v128.store(r1, madd(s1, x1, v128.load(r1, DW1T_AT + 16)), DW1T_AT + 16);
		v128.store(r1, madd(s2, x1, v128.load(r1, DW1T_AT + 32)), DW1T_AT + 32);
	}
}
/** Backward, 4 units. */
@inline
export function backward1(ents: usize, k0: i32, k1: i32, c: usize, shift: usize, s: usize): void {
	const s0 = v128.load(s);
	for (let e = ents + (<usize>k0 << 2), end = ents + (<usize>k1 << 2); e < end; e += 4) {
		const r = row(e, c, shift);
		v128.store(r, madd(s0, value(e), v128.load(r, DW1T_AT)), DW1T_AT);
	}
}
