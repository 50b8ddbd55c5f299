/**
 * The small gradients: per call, W²ᵀ for the dense middle and the per-lane sums zeroed; per
 * block, dW² from the block's stores; at the end of a call, db¹ and db² from their lanes.
 *
 *   dW² += Σⱼ dZ²ⱼ A¹ⱼᵀ        db² += Σⱼ dZ²ⱼ        db¹ += Σⱼ dZ¹ⱼ
 */
import { madd } from './madd';
import { hsum, sum4 } from './exp';
import { Net, Scratch } from './net';

/** W²ᵀ (hp × 12, output lanes 10 and 11 zero) from W² (10 × hp), and the lane sums zeroed. */
export function prepare(net: Net, sc: Scratch): void {
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
 * dW² += Σⱼ dZ²ⱼ A¹ⱼᵀ over the block, from the per-lane stores: two outputs i and four hidden
 * units at a time, so eight independent sums share each load. With one output at a time the
 * four chains of dependent multiply-adds, one link a group, were what bound (8.5 ns an image
 * of the dense middle's 47 at m = 10,000).
 */
export function blockDW2(net: Net, sc: Scratch, groups: i32): void {
	const stride = <usize>net.hp << 2, dw2 = net.dw2, ds = sc.ds, as = sc.as;
	const groupA = stride * 4;
	for (let i: usize = 0; i < 10; i += 2) {
		for (let h: usize = 0; h < stride; h += 16) {
			let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
			let b0 = f32x4.splat(0), b1 = f32x4.splat(0), b2 = f32x4.splat(0), b3 = f32x4.splat(0);
			for (let g = 0; g < groups; g++) {
				const d = ds + <usize>g * 160 + (i << 4), di = v128.load(d), dk = v128.load(d, 16);
				const a = as + <usize>g * groupA + (h << 2);
				const u0 = v128.load(a), u1 = v128.load(a, 16), u2 = v128.load(a, 32), u3 = v128.load(a, 48);
				a0 = madd(di, u0, a0);
				a1 = madd(di, u1, a1);
				a2 = madd(di, u2, a2);
				a3 = madd(di, u3, a3);
				b0 = madd(dk, u0, b0);
				b1 = madd(dk, u1, b1);
				b2 = madd(dk, u2, b2);
				b3 = madd(dk, u3, b3);
			}
			const q = dw2 + i * stride + h;
			v128.store(q, f32x4.add(v128.load(q), sum4(a0, a1, a2, a3)));
			v128.store(q + stride, f32x4.add(v128.load(q + stride), sum4(b0, b1, b2, b3)));
		}
	}
}

/** db¹ and db² += the sums of their lanes. */
export function finish(net: Net, sc: Scratch): void {
	for (let h = 0; h < net.hp; h++) {
		const q = net.db1 + (<usize>h << 2);
		store<f32>(q, load<f32>(q) + hsum(v128.load(sc.db1acc + (<usize>h << 4))));
	}
	for (let i = 0; i < 10; i++) {
		const q = net.db2 + (<usize>i << 2);
		store<f32>(q, load<f32>(q) + hsum(v128.load(sc.db2acc + (<usize>i << 4))));
	}
}
