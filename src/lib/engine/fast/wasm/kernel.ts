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
 * SIMD lane (group.ts), and the sparse backward (backward.ts), pixel by pixel when the block
 * is one of the set's own, image by image otherwise (mini-batches). Gradients are sums over
 * the batch; the host divides by m and applies the update.
 *
 * Measured at m = 60,000 (Node 20, one core): instructions a pass from callgrind, time as CPU
 * time. Fusing everything per image, as first written, left the dense middle one scalar-ish
 * dependency chain per image (~8 of ~30 ms); in lanes it cost ~2.5 ms. Blocks of 64 with an
 * image-by-image backward took 24.2 ms (forward 9.5, backward 10.5, dense 4.2); blocks of 256,
 * pixel by pixel, 22.5 ms; 64 made the runs too short (20 nonzeros: the per-run work ate the
 * gain); 1024 spilled the scratch out of L1, and 512 gained nothing.
 *
 * Where a pass goes now (8,994,156 nonzeros, 128,954 runs): forward 119.2 M instructions
 * (13.3 a nonzero, 11 of them the multiply-adds, loads and broadcast of sparse.ts), backward
 * 122.2 M (13.6), dense middle 36.8 M (613 an image), dW², W²ᵀ and the rest 11.5 M; 289.7 M
 * in all, from 297.7 M before the dense middle went through memory (hidden.ts, softmax.ts)
 * and 12 padded units got a path without the loop over chunks (forward.ts, backward.ts). The
 * fastest iterations split 9.5 ms forward, 3.0 dense, 0.7 dW², 10.2 backward; the update on
 * the host takes 0.15 ms. The time follows the instruction count (about 4 instructions a
 * cycle, the same per image at m = 2,000 as at 60,000): what is left to cut is instructions.
 */
import { backwardImages, backwardRuns } from './backward';
import { blockDW2, finish, prepare } from './dw2';
import { forwardBlock } from './forward';
import { denseBlock } from './group';
import { BLOCK, carve, Net, scratchSize, SparseSet } from './net';
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
	// Pixel by pixel where the blocks are the set's own (see transpose.ts).
	const own = !list && set.tblocks && first == 0;
	for (let j0 = 0; j0 < n; j0 += BLOCK) {
		const nb = min(BLOCK, n - j0);
		const at = list ? list + (<usize>j0 << 2) : 0, from = first + j0;
		forwardBlock(set, at, from, nb, sc.z1s, stride);
		const out = <usize>j0;
		denseBlock(net, sc, set, at, from, nb, train, probs ? probs + out * 40 : 0, preds ? preds + out : 0);
		if (!train) continue;
		blockDW2(net, sc, (nb + 3) >> 2);
		if (own && (nb == BLOCK || j0 + nb == set.count)) backwardRuns(set, <usize>(j0 / BLOCK), net.dw1t, stride);
		else backwardImages(set, at, from, nb, net.dw1t - net.w1t, sc.ss, stride);
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
