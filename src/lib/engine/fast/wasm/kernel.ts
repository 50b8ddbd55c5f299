/**
 * The training kernel: forward, loss and backward for a batch of image columns, touching only
 * each image's nonzero pixels.
 *
 *   Z¹ⱼ = W¹ xⱼ / 255 + b¹       A¹ⱼ = g(Z¹ⱼ)         Z²ⱼ = W² A¹ⱼ + b²     A²ⱼ = softmax(Z²ⱼ)
 *   dZ²ⱼ = A²ⱼ − Yⱼ              dW² += dZ²ⱼ A¹ⱼᵀ     db² += dZ²ⱼ
 *   dZ¹ⱼ = W²ᵀ dZ²ⱼ ⊙ g′(Z¹ⱼ)    dW¹ += dZ¹ⱼ xⱼᵀ / 255   db¹ += dZ¹ⱼ
 *
 * Images go in blocks of BLOCK (256), in three phases: the sparse forward of every image
 * (reading W¹ᵀ), the dense middle four images at a time, one image a SIMD lane (group.ts), and
 * the sparse backward. Fusing all of it per image, as first written, left the dense middle one
 * scalar-ish dependency chain per image (~8 of ~30 ms at m = 60,000); in lanes it costs
 * ~2.5 ms. The backward goes pixel by pixel over the block (transpose.ts) when the block is one
 * of the set's own, image by image otherwise (mini-batches).
 *
 * Measured at m = 60,000 (Node 20, one core, CPU time): blocks of 64 with an image-by-image
 * backward took 24.2 ms an iteration (forward 9.5, backward 10.5, dense 4.2); blocks of 256,
 * pixel by pixel, 22.5 ms. Blocks of 64 made the runs too short (20 nonzeros: the per-run
 * work ate the gain); 1024 spilled the scratch out of L1.
 *
 * Gradients are sums over the batch; the host divides by m and applies the update.
 */
import { hsum, sum4 } from './exp';
import { denseGroup } from './group';
import { BLOCK, carve, Net, Scratch, scratchSize, SparseSet } from './net';
import { backward1, backward3, gather1, gather3 } from './sparse';
import { lossTotal, resetStats, rightTotal } from './stats';

export { countNonzero, sparsify } from './sparsify';
export { countRuns, transpose } from './transpose';

let lastRight: i32 = 0;

/** Images a block holds, for the host's sizing of the pixel-by-pixel form. */
export function blockImages(): i32 {
	return BLOCK;
}

/** Where the host may start placing data. */
export function heapBase(): usize {
	return __heap_base;
}

/** Bytes of scratch space the host must give a network with hp padded hidden units. */
export function scratchBytes(hp: i32): usize {
	return scratchSize(hp);
}

/** How many images the last `accumulate` or `predict` call classified correctly. */
export function correct(): i32 {
	return lastRight;
}

@inline
function imageAt(list: usize, first: i32, j: i32): i32 {
	return list ? load<i32>(list + (<usize>j << 2)) : first + j;
}

/** W²ᵀ (hp × 12, output lanes 10 and 11 zero) from W² (10 × hp): constant offsets per unit. */
function prepare(net: Net, sc: Scratch): void {
	const hp = net.hp;
	memory.fill(sc.w2t, 0, <usize>hp * 48);
	for (let i = 0; i < 10; i++) {
		for (let h = 0; h < hp; h++) store<f32>(sc.w2t + <usize>(h * 12 + i) * 4, load<f32>(net.w2 + <usize>(i * hp + h) * 4));
	}
	memory.fill(sc.sbuf, 0, <usize>hp * 16);
	memory.fill(sc.db1acc, 0, <usize>hp * 16);
	memory.fill(sc.db2acc, 0, 160);
}

/**
 * dW² += Σⱼ dZ²ⱼ A¹ⱼᵀ over the block, from the per-lane stores: for each output i, four hidden
 * units at a time, so four independent sums share each load of dZ²ᵢ.
 */
function blockDW2(net: Net, sc: Scratch, groups: i32): void {
	const stride = <usize>net.hp << 2, dw2 = net.dw2, ds = sc.ds, as = sc.as;
	const groupA = stride * 4;
	for (let i: usize = 0; i < 10; i++) {
		for (let h: usize = 0; h < stride; h += 16) {
			let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
			for (let g = 0; g < groups; g++) {
				const d = v128.load(ds + <usize>g * 160 + (i << 4));
				const a = as + <usize>g * groupA + (h << 2);
				a0 = f32x4.add(a0, f32x4.mul(d, v128.load(a)));
				a1 = f32x4.add(a1, f32x4.mul(d, v128.load(a, 16)));
				a2 = f32x4.add(a2, f32x4.mul(d, v128.load(a, 32)));
				a3 = f32x4.add(a3, f32x4.mul(d, v128.load(a, 48)));
			}
			const q = dw2 + i * stride + h;
			v128.store(q, f32x4.add(v128.load(q), sum4(a0, a1, a2, a3)));
		}
	}
}

/** dW¹ᵀ[p, :] += Σⱼ x_pj · sⱼ for every pixel p the block inks, one run at a time. */
@inline
function backwardRuns(set: SparseSet, b: usize, dw: usize, stride: usize): void {
	const ents = set.tentries;
	const r1 = load<i32>(set.tblocks + ((b + 1) << 2));
	for (let r = load<i32>(set.tblocks + (b << 2)); r < r1; r++) {
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

/**
 * Runs the batch `list[0..n)` (i32 image indices) or, when list is 0, images first ..
 * first + n − 1. Training adds the gradient sums to dW¹ᵀ, db¹, dW², db²; otherwise A² (10
 * floats an image) goes to `probs` and the argmax to `preds` when nonzero. Returns Σ loss.
 */
function run(netPtr: usize, setPtr: usize, list: usize, first: i32, n: i32, train: bool, probs: usize, preds: usize): f64 {
	const net = changetype<Net>(netPtr), set = changetype<SparseSet>(setPtr);
	const hp = net.hp, stride = <usize>hp << 2;
	const sc = carve(net.scratch, hp);
	const ents = set.entries;
	prepare(net, sc);
	resetStats();
	for (let j0 = 0; j0 < n; j0 += BLOCK) {
		const nb = min(BLOCK, n - j0);
		for (let jj = 0; jj < nb; jj++) {
			const o = set.offsets + (<usize>imageAt(list, first, j0 + jj) << 2);
			const k0 = load<i32>(o), k1 = load<i32>(o, 4);
			const out = sc.z1s + <usize>jj * stride;
			// Entries hold W¹ᵀ row addresses: the first chunk of units needs no offset at all.
			let c: usize = 0;
			if (stride >= 48) {
				gather3(ents, k0, k1, 0, out, false);
				c = 48;
			}
			for (; c + 48 <= stride; c += 48) gather3(ents, k0, k1, c, out + c, false);
			for (; c < stride; c += 16) gather1(ents, k0, k1, c, out + c, false);
		}
		// Empty lanes of a last, partial group compute on zeros and are masked out.
		if (nb & 3) memory.fill(sc.z1s + <usize>nb * stride, 0, <usize>(4 - (nb & 3)) * stride);
		const groups = (nb + 3) >> 2;
		for (let g = 0; g < groups; g++) {
			const lanes = min(4, nb - g * 4);
			let yv = i32x4.splat(-2);
			for (let l = 0; l < lanes; l++) {
				const y = <i32>load<u8>(set.labels + <usize>imageAt(list, first, j0 + g * 4 + l));
				yv = v128.bitselect(i32x4.splat(y), yv, i32x4.eq(i32x4(0, 1, 2, 3), i32x4.splat(l)));
			}
			const at = <usize>j0;
			denseGroup(net, sc, g, lanes, yv, train, probs ? probs + at * 40 : 0, preds ? preds + at : 0);
		}
		if (!train) continue;
		blockDW2(net, sc, groups);
		// Pixel by pixel where the block is one of the set's own (see transpose.ts).
		if (!list && set.tblocks && first == 0 && (nb == BLOCK || j0 + nb == set.count)) {
			backwardRuns(set, <usize>(j0 / BLOCK), net.dw1t, stride);
			continue;
		}
		// Entries hold W¹ᵀ row addresses; dW¹ᵀ's rows are this far from them.
		const toGrad = net.dw1t - net.w1t;
		for (let jj = 0; jj < nb; jj++) {
			const o = set.offsets + (<usize>imageAt(list, first, j0 + jj) << 2);
			const k0 = load<i32>(o), k1 = load<i32>(o, 4);
			const s = sc.ss + <usize>jj * stride;
			let c: usize = 0;
			for (; c + 48 <= stride; c += 48) backward3(ents, k0, k1, toGrad + c, s + c);
			for (; c < stride; c += 16) backward1(ents, k0, k1, toGrad + c, s + c);
		}
	}
	if (train) {
		for (let h = 0; h < hp; h++) {
			const q = net.db1 + (<usize>h << 2);
			store<f32>(q, load<f32>(q) + hsum(v128.load(sc.db1acc + (<usize>h << 4))));
		}
		for (let i = 0; i < 10; i++) {
			const q = net.db2 + (<usize>i << 2);
			store<f32>(q, load<f32>(q) + hsum(v128.load(sc.db2acc + (<usize>i << 4))));
		}
	}
	lastRight = rightTotal();
	return lossTotal();
}

/** Forward, loss and backward over a batch: adds Σⱼ of each gradient; returns Σⱼ loss. */
export function accumulate(net: usize, set: usize, list: usize, first: i32, n: i32): f64 {
	return run(net, set, list, first, n, true, 0, 0);
}

/** Forward only over a batch, writing A² to `probs` and predictions to `preds` (0 = skip). */
export function predict(net: usize, set: usize, list: usize, first: i32, n: i32, probs: usize, preds: usize): f64 {
	return run(net, set, list, first, n, false, probs, preds);
}
