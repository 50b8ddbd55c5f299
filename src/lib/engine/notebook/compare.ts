/**
 * A learner's result set against the engine's: the same shape and the same numbers up to
 * rounding ("matches", with the largest difference, about 10⁻¹⁶ for a different but equal
 * spelling), another shape, or other numbers — the largest difference and where it is.
 */
import type { Matrix } from '../matrix';
import type { NdArray } from './ndarray';

export type Comparison =
	| { readonly kind: 'match'; readonly largest: number }
	| { readonly kind: 'shape'; readonly got: readonly number[]; readonly want: readonly number[] }
	| {
			readonly kind: 'values';
			/** max |yours − engine's|; NaN when one holds NaN or ±∞ where the other does not. */
			readonly largest: number;
			/** Row and column of that entry (0-based), and both values there. */
			readonly at: readonly [number, number];
			readonly got: number;
			readonly want: number;
	  };

/**
 * Two results agree when no entry differs by more than this times the largest entry of the
 * engine's (or 10⁻⁶, so an all-zero gradient is not held to 0 exactly): rounding in another
 * order of the same arithmetic is near 10⁻¹⁶; a real slip is far above.
 */
export const MATCH_TOLERANCE = 1e-9;

function same(a: number, b: number): boolean {
	return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Compares `result` with the engine's `expected`, entry by entry when the shapes agree. */
export function compareWith(result: NdArray, expected: Matrix): Comparison {
	const [rows, cols] = expected.shape;
	const shape = result.shape;
	if (shape.length !== 2 || shape[0] !== rows || shape[1] !== cols) {
		return { kind: 'shape', got: shape, want: expected.shape };
	}
	let scale = 1e-6;
	for (const v of expected.data) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
	let largest = 0;
	let worst = -1;
	for (let k = 0; k < expected.data.length; k++) {
		const a = result.data[k];
		const b = expected.data[k];
		if (same(a, b)) continue;
		const d = Math.abs(a - b);
		if (!Number.isFinite(d)) {
			// NaN or ∞ on one side only: the worst difference there is, reported first.
			if (!Number.isNaN(largest)) [largest, worst] = [NaN, k];
		} else if (d > largest) [largest, worst] = [d, k];
	}
	if (worst < 0 || largest <= MATCH_TOLERANCE * scale) return { kind: 'match', largest };
	const at = [Math.floor(worst / cols), worst % cols] as const;
	return { kind: 'values', largest, at, got: result.data[worst], want: expected.data[worst] };
}

/** True when `result` is the engine's `expected` (shape and values), as compareWith judges it. */
export function matches(result: NdArray, expected: Matrix | undefined): boolean {
	return expected !== undefined && compareWith(result, expected).kind === 'match';
}
