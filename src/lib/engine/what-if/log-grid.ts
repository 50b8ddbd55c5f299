/**
 * Learning rates worth trying span decades, so a scrubber moves through them on a log scale:
 * evenly spaced exponents for a smooth curve, or the 1–2–5 steps people actually type.
 */

function checkRange(name: string, lo: number, hi: number): void {
	if (!(lo > 0 && hi >= lo && Number.isFinite(hi))) {
		throw new RangeError(`${name}: need 0 < lo ≤ hi < ∞, got lo = ${lo}, hi = ${hi}`);
	}
}

/** 10^e rounded to 12 significant digits, so 10^−1 is the double 0.1 that a learner types. */
function power(e: number): number {
	return Number((10 ** e).toPrecision(12));
}

/**
 * `perDecade` points per factor of ten from `lo` to `hi`, both included when `hi / lo` is a
 * whole number of steps: 10^(log₁₀ lo + k / perDecade) for k = 0, 1, …
 * @example logGrid(0.01, 1, 2) // [0.01, 0.0316227766017, 0.1, 0.316227766017, 1]
 */
export function logGrid(lo: number, hi: number, perDecade: number): number[] {
	checkRange('logGrid', lo, hi);
	if (!Number.isInteger(perDecade) || perDecade < 1) {
		throw new RangeError(`logGrid: perDecade = ${perDecade} must be a whole number ≥ 1`);
	}
	const start = Math.log10(lo);
	const steps = Math.round((Math.log10(hi) - start) * perDecade + 1e-9);
	return Array.from({ length: steps + 1 }, (_, k) => power(start + k / perDecade));
}

/**
 * The numbers 1, 2 and 5 times a power of ten from `lo` to `hi`, in order.
 * @example oneTwoFive(0.1, 10) // [0.1, 0.2, 0.5, 1, 2, 5, 10]
 */
export function oneTwoFive(lo: number, hi: number): number[] {
	checkRange('oneTwoFive', lo, hi);
	const out: number[] = [];
	for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
		for (const mantissa of [1, 2, 5]) {
			const value = Number((mantissa * 10 ** e).toPrecision(12));
			if (value >= lo * (1 - 1e-12) && value <= hi * (1 + 1e-12)) out.push(value);
		}
	}
	return out;
}
