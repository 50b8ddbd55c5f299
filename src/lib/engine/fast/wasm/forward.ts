/**
 * The sparse forward of one block of images, image by image over each one's nonzero pixels:
 *
 *   z1s row jj = Σ_p W¹ᵀ[p, :] · x_pj = 255 · W¹ xⱼ      (the dense middle scales it and adds b¹)
 *
 * for image j = the block's jj-th (from `list`, or first + jj when list is 0).
 */
import { imageAt, rowShift, SparseSet } from './net';
import { gather1, gather3 } from './sparse';

export function forwardBlock(set: SparseSet, list: usize, first: i32, nb: i32, w1t: usize, z1s: usize, stride: usize): void {
	const ents = set.entries, offsets = set.offsets;
	// The notes' 10 hidden units (12 padded) alone: no loop over chunks, offsets in bytes.
	if (stride == 48) {
		for (let jj = 0; jj < nb; jj++) {
			const o = offsets + (<usize>imageAt(list, first, jj) << 2);
			gather3(ents, load<i32>(o), load<i32>(o, 4), w1t, 0, z1s + <usize>jj * 48);
		}
		return;
	}
	const shift = rowShift(stride);
	for (let jj = 0; jj < nb; jj++) {
		const o = offsets + (<usize>imageAt(list, first, jj) << 2);
		const k0 = load<i32>(o), k1 = load<i32>(o, 4);
		const out = z1s + <usize>jj * stride;
		let c: usize = 0;
		for (; c + 48 <= stride; c += 48) gather3(ents, k0, k1, w1t + c, shift, out + c);
		for (; c < stride; c += 16) gather1(ents, k0, k1, w1t + c, shift, out + c);
	}
}
