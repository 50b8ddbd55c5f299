/**
 * The nonzeros of each block of BLOCK images, regrouped pixel by pixel: the form the backward
 * pass wants. Image by image, dW¹ᵀ[p, :] += x_pj · sⱼ reads, adds and stores pixel p's row
 * once for every image that inks it; pixel by pixel, one run sums Σⱼ x_pj · sⱼ over the block
 * in registers and touches the row once:
 *
 *   dW¹ᵀ[p, :] += Σ_{j in block, x_pj ≠ 0} x_pj · sⱼ
 *
 * A run is one pixel of one block; its entries (sparse.ts) hold the addresses of the block's
 * rows of s, image by image in order, and x_pj. Built once per training set: 8 bytes a
 * nonzero, as much again as the image-by-image form (72 MB at m = 60,000).
 */
import { BLOCK, carve, Net, SparseSet } from './net';

/** How many (block, pixel) runs the set has: pixels inked by at least one image of a block. */
export function countRuns(netPtr: usize, setPtr: usize, work: usize): i32 {
	const net = changetype<Net>(netPtr), set = changetype<SparseSet>(setPtr);
	const stride = <u32>net.hp << 2, rows = <u32>net.w1t;
	// seen[p] = 1 + the last block that inked pixel p.
	memory.fill(work, 0, 784 * 4);
	let runs = 0;
	for (let b = 0, j0 = 0; j0 < set.count; b++, j0 += BLOCK) {
		const j1 = min(set.count, j0 + BLOCK);
		const e1 = set.entries + (<usize>load<i32>(set.offsets + (<usize>j1 << 2)) << 3);
		for (let e = set.entries + (<usize>load<i32>(set.offsets + (<usize>j0 << 2)) << 3); e < e1; e += 8) {
			const q = work + (<usize>((load<u32>(e) - rows) / stride) << 2);
			if (load<i32>(q) != b + 1) {
				store<i32>(q, b + 1);
				runs++;
			}
		}
	}
	return runs;
}

/**
 * Fills the set's tblocks, truns and tentries (placed by the host, sized by countRuns and the
 * set's nonzeros) for the network at `netPtr`, whose scratch rows the entries point to.
 * `work` holds 2 × 784 i32.
 */
export function transpose(netPtr: usize, setPtr: usize, work: usize): void {
	const net = changetype<Net>(netPtr), set = changetype<SparseSet>(setPtr);
	const stride = <u32>net.hp << 2, rows = <u32>net.w1t;
	const ss = <u32>carve(net.scratch, net.hp).ss;
	const counts = work;
	const next = work + 784 * 4;
	let run = 0;
	let b = 0;
	for (let j0 = 0; j0 < set.count; b++, j0 += BLOCK) {
		const j1 = min(set.count, j0 + BLOCK);
		const k0 = load<i32>(set.offsets + (<usize>j0 << 2));
		const k1 = load<i32>(set.offsets + (<usize>j1 << 2));
		memory.fill(counts, 0, 784 * 4);
		for (let e = set.entries + (<usize>k0 << 3), end = set.entries + (<usize>k1 << 3); e < end; e += 8) {
			const q = counts + (<usize>((load<u32>(e) - rows) / stride) << 2);
			store<i32>(q, load<i32>(q) + 1);
		}
		store<i32>(set.tblocks + (<usize>b << 2), run);
		// Runs in pixel order; each run's entries start where the last one's ended.
		let at = k0;
		for (let p = 0; p < 784; p++) {
			const c = load<i32>(counts + (<usize>p << 2));
			store<i32>(next + (<usize>p << 2), at);
			if (c == 0) continue;
			const r = set.truns + (<usize>run << 3);
			store<u32>(r, <u32>p * stride);
			store<i32>(r, at, 4);
			at += c;
			run++;
		}
		for (let j = j0; j < j1; j++) {
			const row = ss + <u32>(j - j0) * stride;
			const e1 = set.entries + (<usize>load<i32>(set.offsets + (<usize>(j + 1) << 2)) << 3);
			for (let e = set.entries + (<usize>load<i32>(set.offsets + (<usize>j << 2)) << 3); e < e1; e += 8) {
				const q = next + (<usize>((load<u32>(e) - rows) / stride) << 2);
				const k = load<i32>(q);
				store<i32>(q, k + 1);
				const t = set.tentries + (<usize>k << 3);
				store<u32>(t, row);
				store<f32>(t, load<f32>(e, 4), 4);
			}
		}
	}
	store<i32>(set.tblocks + (<usize>b << 2), run);
	// The sentinel run ends the last one.
	const last = set.truns + (<usize>run << 3);
	store<u32>(last, 0);
	store<i32>(last, load<i32>(set.offsets + (<usize>set.count << 2)), 4);
}
