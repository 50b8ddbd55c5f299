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
	const zs = sc.abuf, es = zs + 176, one = f32x4.splat(1);
	// A NaN output makes its e^(z − max) NaN whatever pmax picks, so the loss still reports it.
	const mx = f32x4.pmax(
		f32x4.pmax(
			f32x4.pmax(f32x4.pmax(v128.load(zs), v128.load(zs, 16)), f32x4.pmax(v128.load(zs, 32), v128.load(zs, 48))),
			f32x4.pmax(v128.load(zs, 64), v128.load(zs, 80))
		),
		f32x4.pmax(f32x4.pmax(v128.load(zs, 96), v128.load(zs, 112)), f32x4.pmax(v128.load(zs, 128), v128.load(zs, 144)))
	);
	// One exponential at a time, through memory: V8 computes independent expressions side by
	// side, and ten exponentials at once spilled half their registers.
	v128.store(es, exp4(f32x4.sub(v128.load(zs), mx)));
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 16), mx)), 16);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 32), mx)), 32);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 48), mx)), 48);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 64), mx)), 64);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 80), mx)), 80);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 96), mx)), 96);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 112), mx)), 112);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 128), mx)), 128);
	v128.store(es, exp4(f32x4.sub(v128.load(zs, 144), mx)), 144);
	const sum = f32x4.add(
		f32x4.add(
			f32x4.add(f32x4.add(v128.load(es), v128.load(es, 16)), f32x4.add(v128.load(es, 32), v128.load(es, 48))),
			f32x4.add(v128.load(es, 64), v128.load(es, 80))
		),
		f32x4.add(f32x4.add(v128.load(es, 96), v128.load(es, 112)), f32x4.add(v128.load(es, 128), v128.load(es, 144)))
	);
	const r = f32x4.div(one, sum);
	// Loss terms z_y − max z and the argmax (the first on a tie, as numpy).
	let zy = f32x4.splat(0);
	let best = i32x4.splat(-1);
	let o: v128;
	o = v128.load(zs, 144); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(9))); best = v128.bitselect(i32x4.splat(9), best, f32x4.eq(o, mx));
	o = v128.load(zs, 128); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(8))); best = v128.bitselect(i32x4.splat(8), best, f32x4.eq(o, mx));
	o = v128.load(zs, 112); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(7))); best = v128.bitselect(i32x4.splat(7), best, f32x4.eq(o, mx));
	o = v128.load(zs, 96); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(6))); best = v128.bitselect(i32x4.splat(6), best, f32x4.eq(o, mx));
	o = v128.load(zs, 80); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(5))); best = v128.bitselect(i32x4.splat(5), best, f32x4.eq(o, mx));
	o = v128.load(zs, 64); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(4))); best = v128.bitselect(i32x4.splat(4), best, f32x4.eq(o, mx));
	o = v128.load(zs, 48); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(3))); best = v128.bitselect(i32x4.splat(3), best, f32x4.eq(o, mx));
	o = v128.load(zs, 32); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(2))); best = v128.bitselect(i32x4.splat(2), best, f32x4.eq(o, mx));
	o = v128.load(zs, 16); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(1))); best = v128.bitselect(i32x4.splat(1), best, f32x4.eq(o, mx));
	o = v128.load(zs); zy = v128.bitselect(o, zy, i32x4.eq(yv, i32x4.splat(0))); best = v128.bitselect(i32x4.splat(0), best, f32x4.eq(o, mx));
	addGroup(v128.bitselect(sum, one, valid), v128.and(f32x4.sub(zy, mx), valid), v128.and(i32x4.eq(best, yv), valid));

	if (!train) {
		const ab = sc.abuf;
		v128.store(ab, f32x4.mul(v128.load(es, 0), r)); v128.store(ab, f32x4.mul(v128.load(es, 16), r), 16);
		v128.store(ab, f32x4.mul(v128.load(es, 32), r), 32); v128.store(ab, f32x4.mul(v128.load(es, 48), r), 48);
		v128.store(ab, f32x4.mul(v128.load(es, 64), r), 64); v128.store(ab, f32x4.mul(v128.load(es, 80), r), 80);
		v128.store(ab, f32x4.mul(v128.load(es, 96), r), 96); v128.store(ab, f32x4.mul(v128.load(es, 112), r), 112);
		v128.store(ab, f32x4.mul(v128.load(es, 128), r), 128); v128.store(ab, f32x4.mul(v128.load(es, 144), r), 144);
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
	dz(v128.load(es, 0), r, yv, 0, valid, D, db2acc); dz(v128.load(es, 16), r, yv, 1, valid, D + 16, db2acc + 16);
	dz(v128.load(es, 32), r, yv, 2, valid, D + 32, db2acc + 32); dz(v128.load(es, 48), r, yv, 3, valid, D + 48, db2acc + 48);
	dz(v128.load(es, 64), r, yv, 4, valid, D + 64, db2acc + 64); dz(v128.load(es, 80), r, yv, 5, valid, D + 80, db2acc + 80);
	dz(v128.load(es, 96), r, yv, 6, valid, D + 96, db2acc + 96); dz(v128.load(es, 112), r, yv, 7, valid, D + 112, db2acc + 112);
	dz(v128.load(es, 128), r, yv, 8, valid, D + 128, db2acc + 128); dz(v128.load(es, 144), r, yv, 9, valid, D + 144, db2acc + 144);
}

/** dZ²ᵢ = A²ᵢ − [y = i] in valid lanes (A²ᵢ = eᵢ · r), stored at `d` and added to db² at `q`. */
@inline
function dz(e: v128, r: v128, yv: v128, i: i32, valid: v128, d: usize, q: usize): void {
	const v = v128.and(f32x4.sub(f32x4.mul(e, r), v128.and(i32x4.eq(yv, i32x4.splat(i)), f32x4.splat(1))), valid);
	v128.store(d, v);
	v128.store(q, f32x4.add(v128.load(q), v));
}
