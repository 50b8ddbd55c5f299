/**
 * The training kernel: forward, loss and backward for a batch of image columns, touching only
 * each image's nonzero pixels.
 *
 *   Z¹ⱼ = W¹ xⱼ / 255 + b¹       A¹ⱼ = g(Z¹ⱼ)         Z²ⱼ = W² A¹ⱼ + b²     A²ⱼ = softmax(Z²ⱼ)
 *   dZ²ⱼ = A²ⱼ − Yⱼ              dW² += dZ²ⱼ A¹ⱼᵀ     db² += dZ²ⱼ
 *   dZ¹ⱼ = W²ᵀ dZ²ⱼ ⊙ g′(Z¹ⱼ)    dW¹ += dZ¹ⱼ xⱼᵀ / 255   db¹ += dZ¹ⱼ
 *
 * Images go in blocks of BLOCK (256), in three phases, each its own function: the sparse
 * forward of every image (forward.ts), the dense middle four images at a time, one image a
 * SIMD lane (group.ts), and the sparse backward image by image (backward.ts), which reads the
 * entries the block's forward has just brought into cache. Gradients are sums over the
 * batch; the host divides by m and applies the update.
 *
 * Measured at m = 60,000 (Node 20, one core): instructions a pass from callgrind, time as CPU
 * time. Fusing everything per image, as first written, left the dense middle one scalar-ish
 * dependency chain per image (~8 of ~30 ms); in lanes it cost ~2.5 ms. Blocks of 64 made the
 * per-block work too large a share; 1024 spilled the scratch out of L1; 512 gained nothing.
 * The dense middle is 36.8 M instructions a pass (613 an image), dW², W²ᵀ and the rest 11.5 M,
 * the update on the host 0.15 ms; the two sparse products are the rest (sparse.ts).
 *
 * Memory decides as much as instructions. On one machine the time per image was the same at
 * m = 2,000 as at 60,000; on another (2 vCPUs, about 25 MB of cache to be had) it doubled
 * past m = 20,000, once the entries no longer fitted: 335 ns an image in cache, 692 at
 * 60,000 with 8-byte entries read twice (image by image forward, and a pixel-by-pixel copy,
 * 72 MB more, for the backward). On that machine, one step at a time (ms an iteration at
 * 60,000, one thread): each block's entries read once, 29.3; entries of 4 bytes, 27.7; fused
 * multiply-adds (madd.ts), 24.6; the next block touched ahead (forward.ts), 21.7; W¹ᵀ at a
 * fixed address, 20.7; images padded to an even count, 19.8; now about 305 ns an image up to
 * m = 45,000 and 317 at 60,000. Where it goes, in cache: forward about 110 ns an image,
 * backward 130, the dense middle 35, the host's update the rest. V8 runs these loops at 5 to
 * 6 instructions a cycle, so what is left to cut is instructions (sparse.ts). Later, timed
 * by builds that skip a phase (m = 10,000, about 290 ns an image): forward 122, backward
 * 130, the dense middle with the host's update 44 (group.ts has its parts; two of them were
 * bound by chains of dependent operations, not by instructions: exp.ts, dw2.ts).
 */
import { backwardBlock } from './backward';
import { blockDW2, finish, prepare } from './dw2';
import { forwardBlock } from './forward';
import { denseBlock } from './group';
import { BLOCK, carve, DW1T_AT, MAX_HP, Net, scratchSize, SparseSet, W1T_AT } from './net';
import { lossTotal, resetStats, rightTotal } from './stats';

export { countEntries, sparsify } from './sparsify';

let lastRight: i32 = 0;

/** Where W¹ᵀ and dW¹ᵀ must go (see net.ts), and the most padded hidden units they hold. */
export function w1tAt(): usize {
	return W1T_AT;
}
export function dw1tAt(): usize {
	return DW1T_AT;
}
export function maxPadded(): i32 {
	return MAX_HP;
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

/**
 * Runs the batch `list[0..n)` (i32 image indices) or, when list is 0, images first ..
 * first + n − 1. Training adds the gradient sums to dW¹ᵀ, db¹, dW², db²; otherwise A² (10
 * floats an image) goes to `probs` and the argmax to `preds` when nonzero. Returns Σ loss.
 */
function run(netPtr: usize, setPtr: usize, list: usize, first: i32, n: i32, train: bool, probs: usize, preds: usize): f64 {
	const net = changetype<Net>(netPtr), set = changetype<SparseSet>(setPtr);
	const stride = <usize>net.hp << 2;
	const sc = carve(net.scratch, net.hp);
	prepare(net, sc);
	resetStats();
	for (let j0 = 0; j0 < n; j0 += BLOCK) {
		const nb = min(BLOCK, n - j0);
		const at = list ? list + (<usize>j0 << 2) : 0, from = first + j0;
		forwardBlock(set, at, from, nb, sc, stride);
		const out = <usize>j0;
		denseBlock(net, sc, set, at, from, nb, train, probs ? probs + out * 40 : 0, preds ? preds + out : 0);
		if (!train) continue;
		blockDW2(net, sc, (nb + 3) >> 2);
		backwardBlock(set, at, from, nb, sc.ss, stride);
	}
	if (train) finish(net, sc);
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
