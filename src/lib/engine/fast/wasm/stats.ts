/**
 * What a batch reports besides gradients: Σⱼ −ln A²[yⱼ, j] and how many images were right,
 * gathered four images (one group, one per lane) at a time.
 *
 * −ln A²_y = ln s − (z_y − max z) with s = Σᵢ e^{zᵢ − max z} in [1, 10], so a product of
 * 32 of them (< 10³²) is exact to float64 rounding and one log covers 32 groups of images:
 * WebAssembly has no log instruction. Plain globals, not an object: the stub runtime would
 * place an object where the host keeps its data.
 */

let productLo = f64x2.splat(1);
let productHi = f64x2.splat(1);
let shifts = f64x2.splat(0);
let logs: f64 = 0;
let pending: i32 = 0;
let right = i32x4.splat(0);

export function resetStats(): void {
	productLo = f64x2.splat(1);
	productHi = f64x2.splat(1);
	shifts = f64x2.splat(0);
	logs = 0;
	pending = 0;
	right = i32x4.splat(0);
}

/**
 * Adds a group: per lane, the softmax sum s (1 for an empty lane), the shift z_y − max z
 * (0 for an empty lane) and a mask of the lanes whose argmax was the label.
 */
@inline
export function addGroup(sum: v128, shift: v128, hit: v128): void {
	productLo = f64x2.mul(productLo, f64x2.promote_low_f32x4(sum));
	productHi = f64x2.mul(productHi, f64x2.promote_low_f32x4(v128.shuffle<f32>(sum, sum, 2, 3, 0, 1)));
	shifts = f64x2.add(shifts, f64x2.promote_low_f32x4(shift));
	shifts = f64x2.add(shifts, f64x2.promote_low_f32x4(v128.shuffle<f32>(shift, shift, 2, 3, 0, 1)));
	right = i32x4.sub(right, hit);
	if (++pending == 32) flush();
}

function flush(): void {
	const p = f64x2.mul(productLo, productHi);
	logs += Math.log(f64x2.extract_lane(p, 0)) + Math.log(f64x2.extract_lane(p, 1));
	productLo = f64x2.splat(1);
	productHi = f64x2.splat(1);
	pending = 0;
}

/** Σⱼ −ln A²[yⱼ, j] over the images added since the last reset. */
export function lossTotal(): f64 {
	flush();
	return logs - f64x2.extract_lane(shifts, 0) - f64x2.extract_lane(shifts, 1);
}

/** How many of the images added since the last reset were classified right. */
export function rightTotal(): i32 {
	return i32x4.extract_lane(right, 0) + i32x4.extract_lane(right, 1) + i32x4.extract_lane(right, 2) + i32x4.extract_lane(right, 3);
}
