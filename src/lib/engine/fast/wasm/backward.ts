/**
 * The sparse backward of one block, image by image: dW¹ᵀ[p, :] += x_pj · sⱼ with
 * sⱼ = dZ¹ⱼ / 255 (rows of the scratch `ss`), scattered into the rows each image inks. It
 * reads the same entries the block's forward has just read, so they come from cache (see
 * kernel.ts for the pixel-by-pixel form this replaced).
 */
import { imageAt, rowShift, SparseSet } from './net';
import { backward1, backward3 } from './sparse';

/** The block's images one by one (from `list`, or first + jj when list is 0). */
export function backwardBlock(set: SparseSet, list: usize, first: i32, nb: i32, ss: usize, stride: usize): void {
	const ents = set.entries;
	if (stride == 48) {
		for (let jj = 0; jj < nb; jj++) {
			const o = set.offsets + (<usize>imageAt(list, first, jj) << 2);
			backward3(ents, load<i32>(o), load<i32>(o, 4), 0, 0, ss + <usize>jj * 48);
		}
		return;
	}
	const shift = rowShift(stride);
	for (let jj = 0; jj < nb; jj++) {
		const o = set.offsets + (<usize>imageAt(list, first, jj) << 2);
		const k0 = load<i32>(o), k1 = load<i32>(o, 4);
		const s = ss + <usize>jj * stride;
		let c: usize = 0;
		for (; c + 48 <= stride; c += 48) backward3(ents, k0, k1, c, shift, s + c);
		for (; c < stride; c += 16) backward1(ents, k0, k1, c, shift, s + c);
	}
}
