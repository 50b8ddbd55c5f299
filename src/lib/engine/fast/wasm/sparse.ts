/**
 * The two products that are 98% of the work, over nonzero pixels only (about 150 of an
 * image's 784). Both are one gather, out (+)= Σ_k row_k · x_k:
 *
 *   forward:   zⱼ[c..c+w) = Σ_p W¹ᵀ[p, c..c+w) · x_pj   over image j's entries (rows of W¹ᵀ)
 *   backward:  dW¹ᵀ[p, c..c+w) += Σⱼ x_pj · sⱼ[c..c+w)  over pixel p's run (rows of s, transpose.ts)
 *
 * with s = dZ¹ column / 255. An entry is 8 bytes: the address of its row and x as f32 (0–255),
 * so the first chunk of units needs no offset added. Widths of 12 units (three f32x4) and 4
 * cover every hp. The image-by-image backward (scatter into dW¹ᵀ) remains for mini-batches.
 *
 * An entry costs 11 instructions in V8's code (its address, the broadcast of x, 3 row loads,
 * 3 multiplies, 3 adds: V8 folds no load into arithmetic), and V8 unrolls the loop three
 * times, so the loop's own compare, branch and stack check add about 1.9 an entry.
 *
 * Measured and not kept (Node 20, m = 60,000): 4-byte entries (row offset and a bfloat16
 * value, half the memory) cost more decoding than they saved, 25.0 vs 23.3 ms, and the time
 * per image is the same at m = 2,000 (entries in cache) as at 60,000, so memory is not what
 * binds; four entries an iteration, 336 M instructions a pass against 298 M (V8 hoists every
 * load to the top of the body and spills); three accumulator sets spill too, 30–31 ms;
 * broadcasting x from a register instead of memory, 24.8 ms. Relaxed-SIMD fused
 * multiply-add gave 22.1 ms (−5%) but Node 20 rejects the opcode without
 * --experimental-wasm-relaxed-simd.
 */

/**
 * out[0..12) (+)= Σ_k row_k[0..12) · x_k with row_k at `base` + the entry's offset: the forward
 * (rows of W¹ᵀ, out = z) and, over a pixel's run, the backward (rows of s, out += into dW¹ᵀ).
 * Two interleaved accumulator sets hide the add latency.
 */
@inline
export function gather3(ents: usize, k0: i32, k1: i32, base: usize, out: usize, add: bool): void {
	let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0);
	let b0 = f32x4.splat(0), b1 = f32x4.splat(0), b2 = f32x4.splat(0);
	let e = ents + (<usize>k0 << 3);
	const end = ents + (<usize>k1 << 3);
	for (; e + 16 <= end; e += 16) {
		const r0 = base + load<u32>(e);
		const x0 = v128.load32_splat(e, 4);
		const r1 = base + load<u32>(e, 8);
		const x1 = v128.load32_splat(e, 12);
		a0 = f32x4.add(a0, f32x4.mul(v128.load(r0), x0));
		a1 = f32x4.add(a1, f32x4.mul(v128.load(r0, 16), x0));
		a2 = f32x4.add(a2, f32x4.mul(v128.load(r0, 32), x0));
		b0 = f32x4.add(b0, f32x4.mul(v128.load(r1), x1));
		b1 = f32x4.add(b1, f32x4.mul(v128.load(r1, 16), x1));
		b2 = f32x4.add(b2, f32x4.mul(v128.load(r1, 32), x1));
	}
	if (e < end) {
		const r0 = base + load<u32>(e);
		const x0 = v128.load32_splat(e, 4);
		a0 = f32x4.add(a0, f32x4.mul(v128.load(r0), x0));
		a1 = f32x4.add(a1, f32x4.mul(v128.load(r0, 16), x0));
		a2 = f32x4.add(a2, f32x4.mul(v128.load(r0, 32), x0));
	}
	a0 = f32x4.add(a0, b0);
	a1 = f32x4.add(a1, b1);
	a2 = f32x4.add(a2, b2);
	if (add) {
		a0 = f32x4.add(v128.load(out), a0);
		a1 = f32x4.add(v128.load(out, 16), a1);
		a2 = f32x4.add(v128.load(out, 32), a2);
	}
	v128.store(out, a0);
	v128.store(out, a1, 16);
	v128.store(out, a2, 32);
}
/** The same for 4 units. */
@inline
export function gather1(ents: usize, k0: i32, k1: i32, base: usize, out: usize, add: bool): void {
	let a0 = f32x4.splat(0);
	for (let e = ents + (<usize>k0 << 3), end = ents + (<usize>k1 << 3); e < end; e += 8) {
		a0 = f32x4.add(a0, f32x4.mul(v128.load(base + load<u32>(e)), v128.load32_splat(e, 4)));
	}
	v128.store(out, add ? f32x4.add(v128.load(out), a0) : a0);
}
/** Backward, 12 units: rows of different pixels never overlap, so no update is lost. */
@inline
export function backward3(ents: usize, k0: i32, k1: i32, dw: usize, s: usize): void {
	const s0 = v128.load(s), s1 = v128.load(s, 16), s2 = v128.load(s, 32);
	let e = ents + (<usize>k0 << 3);
	const end = ents + (<usize>k1 << 3);
	for (; e + 16 <= end; e += 16) {
		const r0 = dw + load<u32>(e);
		const x0 = v128.load32_splat(e, 4);
		const r1 = dw + load<u32>(e, 8);
		const x1 = v128.load32_splat(e, 12);
		v128.store(r0, f32x4.add(v128.load(r0), f32x4.mul(s0, x0)));
		v128.store(r0, f32x4.add(v128.load(r0, 16), f32x4.mul(s1, x0)), 16);
		v128.store(r0, f32x4.add(v128.load(r0, 32), f32x4.mul(s2, x0)), 32);
		v128.store(r1, f32x4.add(v128.load(r1), f32x4.mul(s0, x1)));
		v128.store(r1, f32x4.add(v128.load(r1, 16), f32x4.mul(s1, x1)), 16);
		v128.store(r1, f32x4.add(v128.load(r1, 32), f32x4.mul(s2, x1)), 32);
	}
	if (e < end) {
		const r0 = dw + load<u32>(e);
		const x0 = v128.load32_splat(e, 4);
		v128.store(r0, f32x4.add(v128.load(r0), f32x4.mul(s0, x0)));
		v128.store(r0, f32x4.add(v128.load(r0, 16), f32x4.mul(s1, x0)), 16);
		v128.store(r0, f32x4.add(v128.load(r0, 32), f32x4.mul(s2, x0)), 32);
	}
}
/** Backward, 4 units. */
@inline
export function backward1(ents: usize, k0: i32, k1: i32, dw: usize, s: usize): void {
	const s0 = v128.load(s);
	for (let e = ents + (<usize>k0 << 3), end = ents + (<usize>k1 << 3); e < end; e += 8) {
		const r = dw + load<u32>(e);
		v128.store(r, f32x4.add(v128.load(r), f32x4.mul(s0, v128.load32_splat(e, 4))));
	}
}
