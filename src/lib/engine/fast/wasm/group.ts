/**
 * The dense middle of a block, four images at once, one image a SIMD lane: everything between
 * the two sparse products. Across images the work is identical, so lanes never need a
 * horizontal step, and four images share each chain of dependent operations.
 *
 *   A¹ = g(Z¹)   Z² = W² A¹ + b²   A² = softmax(Z²)   loss, argmax      (hidden.ts, softmax.ts)
 *   dZ² = A² − Y   dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹)   (db¹, db² per lane; dW² once per block, dw2.ts)
 *
 * Where it goes (m = 10,000, ns an image of about 44): the output layer 14, of which e^x 8
 * (exp.ts); the hidden layer 11; dZ¹ 9; dW² 6. Measured and not kept: every group's dZ¹ in a
 * loop of its own after all the groups' output layers, 44.5 against 43.7.
 */
import { madd } from './madd';
import { hiddenLayer } from './hidden';
import { imageAt, Net, Scratch, SparseSet } from './net';
import { outputLayer } from './softmax';

const INV255: f32 = 1.0 / 255.0;

/**
 * The block's nb images (from `list`, or first + jj when list is 0), in groups of four: the
 * labels of each group, then its layers. Results go to `probs` and `preds` (the block's first
 * image at each pointer) when not training. Empty lanes of a last, partial group compute on
 * zeros and are masked out.
 */
export function denseBlock(net: Net, sc: Scratch, set: SparseSet, list: usize, first: i32, nb: i32, train: bool, probs: usize, preds: usize): void {
	const stride = <usize>net.hp << 2;
	if (nb & 3) memory.fill(sc.z1s + <usize>nb * stride, 0, <usize>(4 - (nb & 3)) * stride);
	const groups = (nb + 3) >> 2;
	for (let g = 0; g < groups; g++) {
		const lanes = min(4, nb - g * 4);
		let yv = i32x4.splat(-2);
		for (let l = 0; l < lanes; l++) {
			const y = <i32>load<u8>(set.labels + <usize>imageAt(list, first, g * 4 + l));
			yv = v128.bitselect(i32x4.splat(y), yv, i32x4.eq(i32x4(0, 1, 2, 3), i32x4.splat(l)));
		}
		const valid = i32x4.lt_s(i32x4(0, 1, 2, 3), i32x4.splat(lanes));
		hiddenLayer(net, sc, g);
		outputLayer(sc, g, lanes, yv, valid, train, probs, preds);
		if (train) hiddenGradient(net, sc, g);
	}
}

/**
 * dZ¹ₕ = Σᵢ W²ᵢₕ dZ²ᵢ ⊙ g′(Z¹ₕ) for group g: db¹ gets it per lane, and the sparse backward gets
 * it / 255 as one row of `ss` per image. Five outputs at a time, as in hidden.ts. g′ is 1
 * where A¹ > 0 (exactly where Z¹ > 0) and the slope elsewhere.
 */
@inline
function hiddenGradient(net: Net, sc: Scratch, g: i32): void {
	const hidden = net.hidden, stride = <usize>net.hp << 2;
	const w2t = sc.w2t, sbuf = sc.sbuf, db1acc = sc.db1acc;
	const A = sc.as + <usize>g * stride * 4, leak = f32x4.splat(net.slope);
	const D = sc.ds + <usize>g * 160;
	let d0 = v128.load(D), d1 = v128.load(D, 16), d2 = v128.load(D, 32), d3 = v128.load(D, 48);
	let d4 = v128.load(D, 64);
	for (let h = 0; h < hidden; h++) {
		const w = w2t + <usize>h * 48;
		const acc = f32x4.add(
			madd(v128.load32_splat(w, 4), d1, f32x4.mul(v128.load32_splat(w), d0)),
			f32x4.add(
				madd(v128.load32_splat(w, 12), d3, f32x4.mul(v128.load32_splat(w, 8), d2)),
				f32x4.mul(v128.load32_splat(w, 16), d4)
			)
		);
		v128.store(sbuf + (<usize>h << 4), acc);
	}
	d0 = v128.load(D, 80); d1 = v128.load(D, 96); d2 = v128.load(D, 112); d3 = v128.load(D, 128);
	d4 = v128.load(D, 144);
	for (let h = 0; h < hidden; h++) {
		const w = w2t + <usize>h * 48, p = <usize>h << 4;
		const acc = f32x4.add(
			f32x4.add(
				madd(v128.load32_splat(w, 20), d0, v128.load(sbuf + p)),
				madd(v128.load32_splat(w, 28), d2, f32x4.mul(v128.load32_splat(w, 24), d1))
			),
			madd(v128.load32_splat(w, 36), d4, f32x4.mul(v128.load32_splat(w, 32), d3))
		);
		const gp = v128.bitselect(f32x4.splat(1), leak, f32x4.gt(v128.load(A + p), f32x4.splat(0)));
		const dz1 = f32x4.mul(acc, gp);
		v128.store(db1acc + p, f32x4.add(v128.load(db1acc + p), dz1));
		v128.store(sbuf + p, f32x4.mul(dz1, f32x4.splat(INV255)));
	}
	// Back to one image a row: the 4 × 4 transpose of each four units.
	const s = sc.ss + <usize>g * 4 * stride;
	for (let v: usize = 0; v < stride; v += 16) {
		const t = sbuf + v * 4;
		const a = v128.load(t), b = v128.load(t, 16), c = v128.load(t, 32), d = v128.load(t, 48);
		const t0 = v128.shuffle<f32>(a, b, 0, 4, 1, 5), t1 = v128.shuffle<f32>(a, b, 2, 6, 3, 7);
		const t2 = v128.shuffle<f32>(c, d, 0, 4, 1, 5), t3 = v128.shuffle<f32>(c, d, 2, 6, 3, 7);
		v128.store(s + v, v128.shuffle<i64>(t0, t2, 0, 2));
		v128.store(s + stride + v, v128.shuffle<i64>(t0, t2, 1, 3));
		v128.store(s + 2 * stride + v, v128.shuffle<i64>(t1, t3, 0, 2));
		v128.store(s + 3 * stride + v, v128.shuffle<i64>(t1, t3, 1, 3));
	}
}
