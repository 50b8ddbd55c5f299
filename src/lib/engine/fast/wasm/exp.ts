/**
 * e^x four lanes at a time. WebAssembly has no exp instruction, and a scalar libm call for
 * each of an image's 10 outputs would cost more than its whole dense layer, so this is the
 * Cephes expf polynomial (about 1 ulp), with 2ⁿ built directly in the exponent bits.
 */
import { madd } from './madd';

const LOG2E: f32 = 1.44269504088896341;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
/** Cephes expf's coefficients, P0 the highest power's. */
const P0: f32 = 1.9875691500e-4;
const P1: f32 = 1.3981999507e-3;
const P2: f32 = 8.3334519073e-3;
const P3: f32 = 4.1665795894e-2;
const P4: f32 = 1.6666665459e-1;
const P5: f32 = 5.0000001201e-1;

/** 1.5 · 2²³: adding it to a whole number n (|n| < 2²²) puts n in the low mantissa bits. */
const MAGIC: f32 = 12582912.0;
/** The bits of MAGIC, minus the exponent bias, so that (bits(n + MAGIC) − this) << 23 is 2ⁿ. */
const MAGIC_BITS_MINUS_BIAS: i32 = 0x4b400000 - 127;

/**
 * e^x for x ≤ 0 (NaN stays NaN); x below −87.3 gives e^−87.3 ≈ 1e−38, which is 0 for a
 * probability. pmax, not max: one instruction instead of a NaN-ordering sequence, and a NaN x
 * still comes through (pmax(a, b) keeps a unless a < b).
 *
 * Ten of these a group of images are independent, and each is one long chain of dependent
 * operations, so their latency is what costs: the polynomial goes by Estrin's scheme (three
 * multiply-adds side by side, then r², r⁴ and two more) rather than Horner's five steps, and
 * with multiply-adds where the engine fuses them (madd.ts).
 */
@inline
export function exp4(x: v128): v128 {
	x = f32x4.pmax(x, f32x4.splat(-87.3));
	const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
	const r = madd(n, f32x4.splat(-LN2_LO), madd(n, f32x4.splat(-LN2_HI), x));
	// e^r ≈ 1 + r + r² P(r), P(r) = (P5 + P4 r) + r² (P3 + P2 r) + r⁴ (P1 + P0 r).
	const r2 = f32x4.mul(r, r);
	const a = madd(f32x4.splat(P4), r, f32x4.splat(P5));
	const b = madd(f32x4.splat(P2), r, f32x4.splat(P3));
	const c = madd(f32x4.splat(P0), r, f32x4.splat(P1));
	const p = madd(f32x4.mul(r2, r2), c, madd(r2, b, a));
	const e = madd(r2, p, f32x4.add(r, f32x4.splat(1)));
	// 2ⁿ from n's bits directly: cheaper than a saturating float-to-int conversion.
	const bits = i32x4.sub(f32x4.add(n, f32x4.splat(MAGIC)), i32x4.splat(MAGIC_BITS_MINUS_BIAS));
	return f32x4.mul(e, i32x4.shl(bits, 23));
}

/** The sum of the four lanes. */
@inline
export function hsum(v: v128): f32 {
	v = f32x4.add(v, v128.shuffle<f32>(v, v, 2, 3, 0, 1));
	return f32x4.extract_lane(f32x4.add(v, v128.shuffle<f32>(v, v, 1, 0, 3, 2)), 0);
}

/** [Σ lanes of a, Σ lanes of b, Σ lanes of c, Σ lanes of d]. */
@inline
export function sum4(a: v128, b: v128, c: v128, d: v128): v128 {
	const ab = f32x4.add(v128.shuffle<f32>(a, b, 0, 2, 4, 6), v128.shuffle<f32>(a, b, 1, 3, 5, 7));
	const cd = f32x4.add(v128.shuffle<f32>(c, d, 0, 2, 4, 6), v128.shuffle<f32>(c, d, 1, 3, 5, 7));
	return f32x4.add(v128.shuffle<f32>(ab, cd, 0, 2, 4, 6), v128.shuffle<f32>(ab, cd, 1, 3, 5, 7));
}
