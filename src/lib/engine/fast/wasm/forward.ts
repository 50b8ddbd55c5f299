/**
 * The sparse forward of one block of images, image by image over each one's nonzero pixels:
 *
 *   z1s row jj = Σ_p W¹ᵀ[p, :] · x_pj = 255 · W¹ xⱼ      (the dense middle scales it and adds b¹)
 *
 * for image j = the block's jj-th (from `list`, or first + jj when list is 0).
 */
import { BLOCK, imageAt, rowShift, Scratch, SparseSet } from './net';
import { gather1, gather3 } from './sparse';

export function forwardBlock(set: SparseSet, list: usize, first: i32, nb: i32, sc: Scratch, stride: usize): void {
	const z1s = sc.z1s;
	const ents = set.entries, offsets = set.offsets;
	// The next block's entries, read a little with each image (see `touch`).
	let t: usize = 0, last: usize = 0, sum: u32 = 0;
	if (!list && first + nb < set.count) {
		const next = first + nb, after = min(set.count, next + BLOCK);
		t = ents + (<usize>load<i32>(offsets + (<usize>next << 2)) << 2);
		last = ents + (<usize>load<i32>(offsets + (<usize>after << 2)) << 2) - 4;
	}
	// The notes' 10 hidden units (12 padded) alone: no loop over chunks, offsets in bytes.
	if (stride == 48) {
		for (let jj = 0; jj < nb; jj++) {
			const o = offsets + (<usize>imageAt(list, first, jj) << 2);
			if (t) sum += touch(t, last);
			t += TOUCH;
			gather3(ents, load<i32>(o), load<i32>(o, 4), 0, 0, z1s + <usize>jj * 48);
		}
		sc.touched = sum;
		return;
	}
	const shift = rowShift(stride);
	for (let jj = 0; jj < nb; jj++) {
		const o = offsets + (<usize>imageAt(list, first, jj) << 2);
		const k0 = load<i32>(o), k1 = load<i32>(o, 4);
		const out = z1s + <usize>jj * stride;
		if (t) sum += touch(t, last);
		t += TOUCH;
		let c: usize = 0;
		for (; c + 48 <= stride; c += 48) gather3(ents, k0, k1, c, shift, out + c);
		for (; c < stride; c += 16) gather1(ents, k0, k1, c, shift, out + c);
	}
	sc.touched = sum;
}

/** Bytes of the next block's entries each image touches: 10 lines, a little over an image's. */
const TOUCH: usize = 640;

/**
 * One load in each of the 10 lines from t (near the end, the 10 lines that end at `last`),
 * summed so that none is optimised away. WebAssembly has no prefetch; these loads start the
 * next block on its way from memory while this block computes, which the hardware's own
 * prefetcher did not (one machine: 24.5 ms at m = 60,000 without, 22.2 with, where the
 * entries no longer fit its cache).
 */
@inline
function touch(t: usize, last: usize): u32 {
	// Near the end the window slides back to finish at `last` rather than each load being
	// clamped: a comparison a line would cost as much as the load, and the earlier lines it
	// reads instead are the set's own memory.
	const from = min(t, last + 64 - TOUCH);
	let s: u32 = 0;
	for (let i: usize = 0; i < TOUCH; i += 64) s += load<u32>(from + i);
	return s;
}
