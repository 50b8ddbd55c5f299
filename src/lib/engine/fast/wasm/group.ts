/**
 * The dense middle of four images at once, one image a SIMD lane: everything between the two
 * sparse products. Across images the work is identical, so lanes never need a horizontal step
 * (max, sum and argmax over the 10 outputs are plain vector ops over 10 vectors), and four
 * images share each chain of dependent operations.
 *
 *   A¹ = g(Z¹)   Z² = W² A¹ + b²   A² = softmax(Z²)   loss, argmax
 *   dZ² = A² − Y   dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹)   (db¹, db² per lane; dW² once per block)
 */
import { exp4, transpose4 } from './exp';
import { Net, Scratch } from './net';
import { addGroup } from './stats';

const INV255: f32 = 1.0 / 255.0;

/** Z² row i: b²ᵢ + Σ_h W²ᵢₕ A¹ₕ, reading W²ᵀ row h at `w` (constant offsets). */
@inline
function mac(acc: v128, w: usize, i: i32, a: v128): v128 {
	return f32x4.add(acc, f32x4.mul(v128.load32_splat(w + (<usize>i << 2)), a));
}

/**
 * Images 4g .. 4g + 3 of the block (the first `lanes` of them real), labels `yv` (−2 in empty
 * lanes). Training leaves dZ² in the block's store and dZ¹/255 per image in `ss`; otherwise
 * A² goes to `probs` and the argmax to `preds` (the block's first image at each pointer).
 */
@inline
export function denseGroup(
	net: Net, sc: Scratch, g: i32, lanes: i32, yv: v128, train: bool, probs: usize, preds: usize
): void {
	// Struct fields into locals: the compiler cannot keep them in registers across stores.
	const hidden = net.hidden, stride = <usize>net.hp << 2, b1 = net.b1, b2 = net.b2;
	const w2t = sc.w2t, gbuf = sc.gbuf, sbuf = sc.sbuf, db1acc = sc.db1acc, db2acc = sc.db2acc;
	const leak = f32x4.splat(net.slope), one = f32x4.splat(1);
	const valid = i32x4.lt_s(i32x4(0, 1, 2, 3), i32x4.splat(lanes));
	const z1 = sc.z1s + <usize>g * 4 * stride;
	const A = sc.as + <usize>g * stride * 4;
	for (let v: usize = 0; v < stride; v += 16) {
		transpose4(v128.load(z1 + v), v128.load(z1 + stride + v), v128.load(z1 + 2 * stride + v), v128.load(z1 + 3 * stride + v), A + v * 4, 16);
	}
	for (let h = 0; h < hidden; h++) {
		const p = A + (<usize>h << 4);
		const z = f32x4.add(f32x4.mul(v128.load(p), f32x4.splat(INV255)), v128.load32_splat(b1 + (<usize>h << 2)));
		// g(z) = max(z, slope · z) for a slope in [0, 1); g′(z) is 1 or the slope.
		v128.store(p, f32x4.pmax(z, f32x4.mul(z, leak)));
		v128.store(gbuf + (<usize>h << 4), v128.bitselect(one, leak, f32x4.gt(z, f32x4.splat(0))));
	}
	let o0 = v128.load32_splat(b2), o1 = v128.load32_splat(b2, 4), o2 = v128.load32_splat(b2, 8);
	let o3 = v128.load32_splat(b2, 12), o4 = v128.load32_splat(b2, 16), o5 = v128.load32_splat(b2, 20);
	let o6 = v128.load32_splat(b2, 24), o7 = v128.load32_splat(b2, 28), o8 = v128.load32_splat(b2, 32);
	let o9 = v128.load32_splat(b2, 36);
	for (let h = 0; h < hidden; h++) {
		const a = v128.load(A + (<usize>h << 4));
		const w = w2t + <usize>h * 48;
		o0 = mac(o0, w, 0, a); o1 = mac(o1, w, 1, a); o2 = mac(o2, w, 2, a); o3 = mac(o3, w, 3, a);
		o4 = mac(o4, w, 4, a); o5 = mac(o5, w, 5, a); o6 = mac(o6, w, 6, a); o7 = mac(o7, w, 7, a);
		o8 = mac(o8, w, 8, a); o9 = mac(o9, w, 9, a);
	}
	// Softmax with each column's max subtracted first, so e^z never overflows. A NaN output
	// makes its e^(z − max) NaN whatever pmax picks, so the loss still reports it.
	const mx = f32x4.pmax(
		f32x4.pmax(f32x4.pmax(f32x4.pmax(o0, o1), f32x4.pmax(o2, o3)), f32x4.pmax(o4, o5)),
		f32x4.pmax(f32x4.pmax(o6, o7), f32x4.pmax(o8, o9))
	);
	const e0 = exp4(f32x4.sub(o0, mx)), e1 = exp4(f32x4.sub(o1, mx)), e2 = exp4(f32x4.sub(o2, mx));
	const e3 = exp4(f32x4.sub(o3, mx)), e4 = exp4(f32x4.sub(o4, mx)), e5 = exp4(f32x4.sub(o5, mx));
	const e6 = exp4(f32x4.sub(o6, mx)), e7 = exp4(f32x4.sub(o7, mx)), e8 = exp4(f32x4.sub(o8, mx));
	const e9 = exp4(f32x4.sub(o9, mx));
	const sum = f32x4.add(
		f32x4.add(f32x4.add(f32x4.add(e0, e1), f32x4.add(e2, e3)), f32x4.add(e4, e5)),
		f32x4.add(f32x4.add(e6, e7), f32x4.add(e8, e9))
	);
	const r = f32x4.div(one, sum);
	// Loss terms z_y − max z and the argmax (the first on a tie, as numpy).
	let zy = f32x4.splat(0);
	let best = i32x4.splat(-1);
	zy = v128.bitselect(o9, zy, i32x4.eq(yv, i32x4.splat(9))); best = v128.bitselect(i32x4.splat(9), best, f32x4.eq(o9, mx));
	zy = v128.bitselect(o8, zy, i32x4.eq(yv, i32x4.splat(8))); best = v128.bitselect(i32x4.splat(8), best, f32x4.eq(o8, mx));
	zy = v128.bitselect(o7, zy, i32x4.eq(yv, i32x4.splat(7))); best = v128.bitselect(i32x4.splat(7), best, f32x4.eq(o7, mx));
	zy = v128.bitselect(o6, zy, i32x4.eq(yv, i32x4.splat(6))); best = v128.bitselect(i32x4.splat(6), best, f32x4.eq(o6, mx));
	zy = v128.bitselect(o5, zy, i32x4.eq(yv, i32x4.splat(5))); best = v128.bitselect(i32x4.splat(5), best, f32x4.eq(o5, mx));
	zy = v128.bitselect(o4, zy, i32x4.eq(yv, i32x4.splat(4))); best = v128.bitselect(i32x4.splat(4), best, f32x4.eq(o4, mx));
	zy = v128.bitselect(o3, zy, i32x4.eq(yv, i32x4.splat(3))); best = v128.bitselect(i32x4.splat(3), best, f32x4.eq(o3, mx));
	zy = v128.bitselect(o2, zy, i32x4.eq(yv, i32x4.splat(2))); best = v128.bitselect(i32x4.splat(2), best, f32x4.eq(o2, mx));
	zy = v128.bitselect(o1, zy, i32x4.eq(yv, i32x4.splat(1))); best = v128.bitselect(i32x4.splat(1), best, f32x4.eq(o1, mx));
	zy = v128.bitselect(o0, zy, i32x4.eq(yv, i32x4.splat(0))); best = v128.bitselect(i32x4.splat(0), best, f32x4.eq(o0, mx));
	addGroup(v128.bitselect(sum, one, valid), v128.and(f32x4.sub(zy, mx), valid), v128.and(i32x4.eq(best, yv), valid));

	if (!train) {
		const ab = sc.abuf;
		v128.store(ab, f32x4.mul(e0, r)); v128.store(ab, f32x4.mul(e1, r), 16);
		v128.store(ab, f32x4.mul(e2, r), 32); v128.store(ab, f32x4.mul(e3, r), 48);
		v128.store(ab, f32x4.mul(e4, r), 64); v128.store(ab, f32x4.mul(e5, r), 80);
		v128.store(ab, f32x4.mul(e6, r), 96); v128.store(ab, f32x4.mul(e7, r), 112);
		v128.store(ab, f32x4.mul(e8, r), 128); v128.store(ab, f32x4.mul(e9, r), 144);
		v128.store(ab, best, 160);
		for (let l = 0; l < lanes; l++) {
			const lane = <usize>l << 2;
			if (probs) for (let i: usize = 0; i < 10; i++) store<f32>(probs + <usize>(g * 4 + l) * 40 + (i << 2), load<f32>(ab + (i << 4) + lane));
			if (preds) store<u8>(preds + <usize>(g * 4 + l), <u8>load<i32>(ab + 160 + lane));
		}
		return;
	}
	// dZ² = A² − Y, zero in empty lanes.
	const D = sc.ds + <usize>g * 160;
	const d0 = dz(e0, r, yv, 0, valid, D, db2acc), d1 = dz(e1, r, yv, 1, valid, D, db2acc);
	const d2 = dz(e2, r, yv, 2, valid, D, db2acc), d3 = dz(e3, r, yv, 3, valid, D, db2acc);
	const d4 = dz(e4, r, yv, 4, valid, D, db2acc), d5 = dz(e5, r, yv, 5, valid, D, db2acc);
	const d6 = dz(e6, r, yv, 6, valid, D, db2acc), d7 = dz(e7, r, yv, 7, valid, D, db2acc);
	const d8 = dz(e8, r, yv, 8, valid, D, db2acc), d9 = dz(e9, r, yv, 9, valid, D, db2acc);
	// dZ¹ₕ = Σᵢ W²ᵢₕ dZ²ᵢ ⊙ g′(Z¹ₕ); db¹ gets it, the sparse backward gets it / 255.
	for (let h = 0; h < hidden; h++) {
		const w = w2t + <usize>h * 48;
		const acc = f32x4.add(
			f32x4.add(f32x4.add(mac(f32x4.mul(v128.load32_splat(w), d0), w, 1, d1), mac(f32x4.mul(v128.load32_splat(w, 8), d2), w, 3, d3)), mac(f32x4.mul(v128.load32_splat(w, 16), d4), w, 5, d5)),
			f32x4.add(mac(f32x4.mul(v128.load32_splat(w, 24), d6), w, 7, d7), mac(f32x4.mul(v128.load32_splat(w, 32), d8), w, 9, d9))
		);
		const dz1 = f32x4.mul(acc, v128.load(gbuf + (<usize>h << 4)));
		const q = db1acc + (<usize>h << 4);
		v128.store(q, f32x4.add(v128.load(q), dz1));
		v128.store(sbuf + (<usize>h << 4), f32x4.mul(dz1, f32x4.splat(INV255)));
	}
	const s = sc.ss + <usize>g * 4 * stride;
	for (let v: usize = 0; v < stride; v += 16) {
		const t = sbuf + v * 4;
		transpose4(v128.load(t), v128.load(t, 16), v128.load(t, 32), v128.load(t, 48), s + v, stride);
	}
}

/** dZ²ᵢ = A²ᵢ − [y = i] in valid lanes (A²ᵢ = eᵢ · r), stored for dW² and added to db². */
@inline
function dz(e: v128, r: v128, yv: v128, i: i32, valid: v128, D: usize, db2acc: usize): v128 {
	const d = v128.and(f32x4.sub(f32x4.mul(e, r), v128.and(i32x4.eq(yv, i32x4.splat(i)), f32x4.splat(1))), valid);
	v128.store(D + (<usize>i << 4), d);
	const q = db2acc + (<usize>i << 4);
	v128.store(q, f32x4.add(v128.load(q), d));
	return d;
}
