/**
 * The output layer of one group of four images, one image a lane, from Z² in abuf:
 *
 *   A² = softmax(Z²)   loss terms and argmax   dZ² = A² − Y
 *
 * Softmax subtracts each column's max first, so e^z never overflows. Across images the work
 * is identical, so max, sum and argmax over the 10 outputs are plain vector ops over 10
 * vectors, never a horizontal step.
 */
import { exp4 } from './exp';
import { Scratch } from './net';
import { addGroup } from './stats';

/**
 * Labels `yv` (−2 in empty lanes), `valid` the real lanes. Training leaves dZ² in the block's
 * store `ds` and adds it to db²; otherwise A² goes to `probs` and the argmax to `preds`.
 */
@inline
export function outputLayer(sc: Scratch, g: i32, lanes: i32, yv: v128, valid: v128, train: bool, probs: usize, preds: usize): void {
	const zs = sc.abuf, one = f32x4.splat(1);
	const o0 = v128.load(zs), o1 = v128.load(zs, 16), o2 = v128.load(zs, 32), o3 = v128.load(zs, 48);
	const o4 = v128.load(zs, 64), o5 = v128.load(zs, 80), o6 = v128.load(zs, 96), o7 = v128.load(zs, 112);
	const o8 = v128.load(zs, 128), o9 = v128.load(zs, 144);
	// A NaN output makes its e^(z − max) NaN whatever pmax picks, so the loss still reports it.
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
	const D = sc.ds + <usize>g * 160, db2acc = sc.db2acc;
	dz(e0, r, yv, 0, valid, D, db2acc); dz(e1, r, yv, 1, valid, D + 16, db2acc + 16);
	dz(e2, r, yv, 2, valid, D + 32, db2acc + 32); dz(e3, r, yv, 3, valid, D + 48, db2acc + 48);
	dz(e4, r, yv, 4, valid, D + 64, db2acc + 64); dz(e5, r, yv, 5, valid, D + 80, db2acc + 80);
	dz(e6, r, yv, 6, valid, D + 96, db2acc + 96); dz(e7, r, yv, 7, valid, D + 112, db2acc + 112);
	dz(e8, r, yv, 8, valid, D + 128, db2acc + 128); dz(e9, r, yv, 9, valid, D + 144, db2acc + 144);
}

/** dZ²ᵢ = A²ᵢ − [y = i] in valid lanes (A²ᵢ = eᵢ · r), stored at `d` and added to db² at `q`. */
@inline
function dz(e: v128, r: v128, yv: v128, i: i32, valid: v128, d: usize, q: usize): void {
	const v = v128.and(f32x4.sub(f32x4.mul(e, r), v128.and(i32x4.eq(yv, i32x4.splat(i)), f32x4.splat(1))), valid);
	v128.store(d, v);
	v128.store(q, f32x4.add(v128.load(q), v));
}
