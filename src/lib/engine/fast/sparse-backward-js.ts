/**
 * The sparse backward product of kernel-js.ts, over image j's nonzero
 * pixels k, from offsets[j] up to offsets[j + 1]:
 *
 *   dW¹ᵀ[p_k, c + u] += x_k · s[c + u]
 *
 * for a chunk of 12 (or 4) hidden units from c, one local variable per unit as in
 * sparse-forward-js.ts.
 */
import type { SparseSet } from './sparse';

/** Backward for units c .. c + 11. */
function backward12(
	s: SparseSet,
	j: number,
	dw: Float32Array,
	stride: number,
	c: number,
	d: Float64Array
): void {
	const { pixels, values } = s;
	const s0 = d[c],
		s1 = d[c + 1],
		s2 = d[c + 2],
		s3 = d[c + 3],
		s4 = d[c + 4],
		s5 = d[c + 5];
	const s6 = d[c + 6],
		s7 = d[c + 7],
		s8 = d[c + 8],
		s9 = d[c + 9],
		s10 = d[c + 10],
		s11 = d[c + 11];
	for (let k = s.offsets[j], end = s.offsets[j + 1]; k < end; k++) {
		const r = pixels[k] * stride + c;
		const x = values[k];
		dw[r] += x * s0;
		dw[r + 1] += x * s1;
		dw[r + 2] += x * s2;
		dw[r + 3] += x * s3;
		dw[r + 4] += x * s4;
		dw[r + 5] += x * s5;
		dw[r + 6] += x * s6;
		dw[r + 7] += x * s7;
		dw[r + 8] += x * s8;
		dw[r + 9] += x * s9;
		dw[r + 10] += x * s10;
		dw[r + 11] += x * s11;
	}
}

/** Backward for units c .. c + 3. */
function backward4(
	s: SparseSet,
	j: number,
	dw: Float32Array,
	stride: number,
	c: number,
	d: Float64Array
): void {
	const { pixels, values } = s;
	const s0 = d[c],
		s1 = d[c + 1],
		s2 = d[c + 2],
		s3 = d[c + 3];
	for (let k = s.offsets[j], end = s.offsets[j + 1]; k < end; k++) {
		const r = pixels[k] * stride + c;
		const x = values[k];
		dw[r] += x * s0;
		dw[r + 1] += x * s1;
		dw[r + 2] += x * s2;
		dw[r + 3] += x * s3;
	}
}

/** Backward over all hp units, in chunks of 12 then 4. */
export function backwardAll(
	s: SparseSet,
	j: number,
	dw: Float32Array,
	hp: number,
	d: Float64Array
): void {
	let c = 0;
	for (; c + 12 <= hp; c += 12) backward12(s, j, dw, hp, c, d);
	for (; c < hp; c += 4) backward4(s, j, dw, hp, c, d);
}
