/**
 * How the fast path stores a network: float32, with the hidden layer padded to hp, a multiple
 * of 4, so every row is whole f32x4 vectors. Padding entries are 0 and stay 0 (their
 * gradients are 0), so they change no sum.
 *
 *   W1T  784 × hp   W¹ transposed: pixel p's weights are one contiguous row
 *   b1   hp
 *   W2   10 × hp    W² as the notes write it, rows padded
 *   b2   12         10 outputs padded to 3 vectors
 */
import { CLASSES, INPUTS, type Params } from '../config';
import { fromData, ShapeError, shapeTag, type Matrix } from '../matrix';

/** Outputs padded to whole vectors. */
export const OUTPUTS_PADDED = 12;

/** hidden rounded up to a multiple of 4. */
export function padHidden(hidden: number): number {
	if (!Number.isInteger(hidden) || hidden < 1) {
		throw new RangeError(`fast path: hidden = ${hidden} must be a whole number ≥ 1`);
	}
	return Math.ceil(hidden / 4) * 4;
}

/** The parameters (or their gradients, or Adam's moments) in the fast layout. */
export interface Packed {
	readonly W1T: Float32Array;
	readonly b1: Float32Array;
	readonly W2: Float32Array;
	readonly b2: Float32Array;
}

/** Float32 lengths of each packed array for padded hidden size hp. */
export function packedSizes(hp: number): Record<keyof Packed, number> {
	return { W1T: INPUTS * hp, b1: hp, W2: CLASSES * hp, b2: OUTPUTS_PADDED };
}

/** Fresh zeroed arrays in the fast layout. */
export function zeroPacked(hp: number): Packed {
	const s = packedSizes(hp);
	return {
		W1T: new Float32Array(s.W1T),
		b1: new Float32Array(s.b1),
		W2: new Float32Array(s.W2),
		b2: new Float32Array(s.b2)
	};
}

function expectShape(name: string, m: Matrix, rows: number, cols: number): void {
	if (m.shape[0] !== rows || m.shape[1] !== cols) {
		throw new ShapeError(
			`fast path: ${name} is ${shapeTag(m.shape)}, expected ${shapeTag([rows, cols])}`
		);
	}
}

/** Writes `params` (W¹ hidden × 784 …) into `out`, transposing W¹ and zeroing the padding. */
export function pack(params: Params, hidden: number, out: Packed): void {
	const hp = padHidden(hidden);
	expectShape('W1', params.W1, hidden, INPUTS);
	expectShape('b1', params.b1, hidden, 1);
	expectShape('W2', params.W2, CLASSES, hidden);
	expectShape('b2', params.b2, CLASSES, 1);
	for (const a of [out.W1T, out.b1, out.W2, out.b2]) a.fill(0);
	for (let h = 0; h < hidden; h++) {
		for (let p = 0; p < INPUTS; p++) out.W1T[p * hp + h] = params.W1.data[h * INPUTS + p];
		out.b1[h] = params.b1.data[h];
		for (let i = 0; i < CLASSES; i++) out.W2[i * hp + h] = params.W2.data[i * hidden + h];
	}
	for (let i = 0; i < CLASSES; i++) out.b2[i] = params.b2.data[i];
}

/** Float64 copies in the notes' shapes, padding dropped. */
export function unpack(packed: Packed, hidden: number): Params {
	const hp = padHidden(hidden);
	const W1 = new Float64Array(hidden * INPUTS);
	const W2 = new Float64Array(CLASSES * hidden);
	for (let h = 0; h < hidden; h++) {
		for (let p = 0; p < INPUTS; p++) W1[h * INPUTS + p] = packed.W1T[p * hp + h];
		for (let i = 0; i < CLASSES; i++) W2[i * hidden + h] = packed.W2[i * hp + h];
	}
	return {
		W1: fromData(hidden, INPUTS, W1),
		b1: fromData(hidden, 1, Float64Array.from(packed.b1.subarray(0, hidden))),
		W2: fromData(CLASSES, hidden, W2),
		b2: fromData(CLASSES, 1, Float64Array.from(packed.b2.subarray(0, CLASSES)))
	};
}
