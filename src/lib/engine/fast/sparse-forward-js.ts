/**
 * The sparse forward product of kernel-js.ts, over image j's nonzero
 * pixels k, from offsets[j] up to offsets[j + 1]:
 *
 *   out[c + u] = Σ_k W¹ᵀ[p_k, c + u] · x_k
 *
 * for a chunk of 12 (or 4) hidden units from c, with one local variable per unit: JavaScript
 * engines keep locals in registers but not a loop over a small array, which made the plain
 * `for (h …)` version three times slower. The backward product is sparse-backward-js.ts.
 */
import type { SparseSet } from './sparse';

/** Forward for units c .. c + 11, W¹ᵀ rows `stride` floats apart. */
function forward12(
	s: SparseSet,
	j: number,
	w: Float32Array,
	stride: number,
	c: number,
	out: Float64Array
): void {
	const { pixels, values } = s;
	let a0 = 0,
		a1 = 0,
		a2 = 0,
		a3 = 0,
		a4 = 0,
		a5 = 0,
		a6 = 0,
		a7 = 0,
		a8 = 0,
		a9 = 0,
		a10 = 0,
		a11 = 0;
	for (let k = s.offsets[j], end = s.offsets[j + 1]; k < end; k++) {
		const r = pixels[k] * stride + c;
		const x = values[k];
		a0 += w[r] * x;
		a1 += w[r + 1] * x;
		a2 += w[r + 2] * x;
		a3 += w[r + 3] * x;
		a4 += w[r + 4] * x;
		a5 += w[r + 5] * x;
		a6 += w[r + 6] * x;
		a7 += w[r + 7] * x;
		a8 += w[r + 8] * x;
		a9 += w[r + 9] * x;
		a10 += w[r + 10] * x;
		a11 += w[r + 11] * x;
	}
	out[c] = a0;
	out[c + 1] = a1;
	out[c + 2] = a2;
	out[c + 3] = a3;
	out[c + 4] = a4;
	out[c + 5] = a5;
	out[c + 6] = a6;
	out[c + 7] = a7;
	out[c + 8] = a8;
	out[c + 9] = a9;
	out[c + 10] = a10;
	out[c + 11] = a11;
}

/** Forward for units c .. c + 3. */
function forward4(
	s: SparseSet,
	j: number,
	w: Float32Array,
	stride: number,
	c: number,
	out: Float64Array
): void {
	const { pixels, values } = s;
	let a0 = 0,
		a1 = 0,
		a2 = 0,
		a3 = 0;
	for (let k = s.offsets[j], end = s.offsets[j + 1]; k < end; k++) {
		const r = pixels[k] * stride + c;
		const x = values[k];
		a0 += w[r] * x;
		a1 += w[r + 1] * x;
		a2 += w[r + 2] * x;
		a3 += w[r + 3] * x;
	}
	out[c] = a0;
	out[c + 1] = a1;
	out[c + 2] = a2;
	out[c + 3] = a3;
}

/** Forward over all hp units, in chunks of 12 then 4. */
export function forwardAll(
	s: SparseSet,
	j: number,
	w: Float32Array,
	hp: number,
	out: Float64Array
): void {
	let c = 0;
	for (; c + 12 <= hp; c += 12) forward12(s, j, w, hp, c, out);
	for (; c < hp; c += 4) forward4(s, j, w, hp, c, out);
}
