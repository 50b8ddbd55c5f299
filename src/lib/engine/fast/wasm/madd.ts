/**
 * a · b + c, fused where the module is built with relaxed SIMD (kernel-fused.wasm, chosen by
 * the host when the engine accepts it) and as a multiply then an add otherwise.
 */
@inline
export function madd(a: v128, b: v128, c: v128): v128 {
	if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
	return f32x4.add(f32x4.mul(a, b), c);
}
