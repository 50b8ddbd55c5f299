/**
 * The sparse backward of one block, dW¹ᵀ[p, :] += Σⱼ x_pj · sⱼ with sⱼ = dZ¹ⱼ / 255 (rows of
 * the scratch `ss`): pixel by pixel when the block is one of the set's own (transpose.ts), so
 * each pixel's row of dW¹ᵀ is read and written once a block; image by image otherwise
 * (mini-batches), scattering into the rows.
 */
import { imageAt, SparseSet } from './net';
import { backward1, backward3, gather1, gather3 } from './sparse';

/** Block b of the set's pixel-by-pixel form: one gather per (pixel, block) run. */
export function backwardRuns(set: SparseSet, b: usize, dw: usize, stride: usize): void {
	const ents = set.tentries;
	const r0 = load<i32>(set.tblocks + (b << 2)), r1 = load<i32>(set.tblocks + ((b + 1) << 2));
	// The notes' 10 hidden units (12 padded) alone: no loop over chunks, 15 fewer instructions a run.
	if (stride == 48) {
		for (let r = r0; r < r1; r++) {
			const q = set.truns + (<usize>r << 3);
			gather3(ents, load<i32>(q, 4), load<i32>(q, 12), 0, dw + load<u32>(q), true);
		}
		return;
	}
	for (let r = r0; r < r1; r++) {
		const q = set.truns + (<usize>r << 3);
		const row = dw + load<u32>(q);
		const k0 = load<i32>(q, 4), k1 = load<i32>(q, 12);
		// Entries hold the addresses of the block's rows of s (see transpose.ts).
		let c: usize = 0;
		if (stride >= 48) {
			gather3(ents, k0, k1, 0, row, true);
			c = 48;
		}
		for (; c + 48 <= stride; c += 48) gather3(ents, k0, k1, c, row + c, true);
		for (; c < stride; c += 16) gather1(ents, k0, k1, c, row + c, true);
	}
}

/** The block's images one by one (from `list`, or first + jj when list is 0). */
export function backwardImages(set: SparseSet, list: usize, first: i32, nb: i32, toGrad: usize, ss: usize, stride: usize): void {
	const ents = set.entries;
	for (let jj = 0; jj < nb; jj++) {
		const o = set.offsets + (<usize>imageAt(list, first, jj) << 2);
		const k0 = load<i32>(o), k1 = load<i32>(o, 4);
		const s = ss + <usize>jj * stride;
		// Entries hold W¹ᵀ row addresses; dW¹ᵀ's rows are `toGrad` bytes from them.
		let c: usize = 0;
		for (; c + 48 <= stride; c += 48) backward3(ents, k0, k1, toGrad + c, s + c);
		for (; c < stride; c += 16) backward1(ents, k0, k1, toGrad + c, s + c);
	}
}
