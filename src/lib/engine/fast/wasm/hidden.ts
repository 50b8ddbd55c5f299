/**
 * The hidden layer of one group of four images, one image a SIMD lane:
 *
 *   Z¹ = z1s / 255 + b¹     A¹ = g(Z¹)     Z² = W² A¹ + b²
 *
 * The block's rows of z1s (one image a row) are turned into one hidden unit a vector four
 * units at a time, and activated while still in registers. Z² goes five outputs at a time:
 * ten accumulators and their ten broadcasts of W² would not fit the 16 vector registers, and
 * the spills cost more than reading A¹ twice; each output's ten hidden units in two chains
 * of five instead of one of ten gained nothing (the two halves already overlap). Every W²
 * load carries its offset as a constant, so V8 folds it into the address instead of adding
 * it first.
 */
import { madd } from './madd';
import { Net, Scratch } from './net';

const INV255: f32 = 1.0 / 255.0;

/**
 * A¹ of unit h from its raw sum z (·255) and b¹ₕ at `b`: g(z) = max(z, slope · z) for a slope
 * in [0, 1). A¹ > 0 exactly where z > 0, so the backward reads g′ off A¹ (group.ts).
 */
@inline
function activate(z: v128, b: usize, a: usize, leak: v128): void {
	z = madd(z, f32x4.splat(INV255), v128.load32_splat(b));
	v128.store(a, f32x4.pmax(z, f32x4.mul(z, leak)));
}

/** A¹ of group g into `as`; Z² of its four images into abuf (10 vectors). */
@inline
export function hiddenLayer(net: Net, sc: Scratch, g: i32): void {
	const hidden = net.hidden, stride = <usize>net.hp << 2, b1 = net.b1, b2 = net.b2;
	const w2t = sc.w2t, zs = sc.abuf;
	const leak = f32x4.splat(net.slope);
	const z1 = sc.z1s + <usize>g * 4 * stride;
	const A = sc.as + <usize>g * stride * 4;
	for (let v: usize = 0; v < stride; v += 16) {
		const r0 = v128.load(z1 + v), r1 = v128.load(z1 + stride + v);
		const r2 = v128.load(z1 + 2 * stride + v), r3 = v128.load(z1 + 3 * stride + v);
		const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5), t1 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7);
		const t2 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5), t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7);
		const a = A + v * 4, b = b1 + v;
		activate(v128.shuffle<i64>(t0, t2, 0, 2), b, a, leak);
		activate(v128.shuffle<i64>(t0, t2, 1, 3), b + 4, a + 16, leak);
		activate(v128.shuffle<i64>(t1, t3, 0, 2), b + 8, a + 32, leak);
		activate(v128.shuffle<i64>(t1, t3, 1, 3), b + 12, a + 48, leak);
	}
	let o0 = v128.load32_splat(b2), o1 = v128.load32_splat(b2, 4), o2 = v128.load32_splat(b2, 8);
	let o3 = v128.load32_splat(b2, 12), o4 = v128.load32_splat(b2, 16);
	for (let h = 0; h < hidden; h++) {
		const a = v128.load(A + (<usize>h << 4)), w = w2t + <usize>h * 48;
		o0 = madd(v128.load32_splat(w), a, o0);
		o1 = madd(v128.load32_splat(w, 4), a, o1);
		o2 = madd(v128.load32_splat(w, 8), a, o2);
		o3 = madd(v128.load32_splat(w, 12), a, o3);
		o4 = madd(v128.load32_splat(w, 16), a, o4);
	}
	v128.store(zs, o0);
	v128.store(zs, o1, 16);
	v128.store(zs, o2, 32);
	v128.store(zs, o3, 48);
	v128.store(zs, o4, 64);
	o0 = v128.load32_splat(b2, 20); o1 = v128.load32_splat(b2, 24); o2 = v128.load32_splat(b2, 28);
	o3 = v128.load32_splat(b2, 32); o4 = v128.load32_splat(b2, 36);
	for (let h = 0; h < hidden; h++) {
		const a = v128.load(A + (<usize>h << 4)), w = w2t + <usize>h * 48;
		o0 = madd(v128.load32_splat(w, 20), a, o0);
		o1 = madd(v128.load32_splat(w, 24), a, o1);
		o2 = madd(v128.load32_splat(w, 28), a, o2);
		o3 = madd(v128.load32_splat(w, 32), a, o3);
		o4 = madd(v128.load32_splat(w, 36), a, o4);
	}
	v128.store(zs, o0, 80);
	v128.store(zs, o1, 96);
	v128.store(zs, o2, 112);
	v128.store(zs, o3, 128);
	v128.store(zs, o4, 144);
}
