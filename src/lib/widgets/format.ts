/**
 * How numbers are written on screen. `short` for reading at a glance; `exact` is the shortest
 * decimal that reads back as the very same double, so a learner can paste it into numpy and
 * compare bit for bit.
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An exponent as a page writes it, raised: −17 → ⁻¹⁷. */
function raised(exponent: string): string {
	return exponent.replace(/[-\d]/g, (c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)]));
}

/** `digits` significant figures; very large or small numbers as 1.235×10⁶, −3.200×10⁻¹⁷. */
export function short(value: number, digits = 4): string {
	if (Number.isNaN(value)) return 'NaN';
	if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
	if (value === 0) return '0';
	const magnitude = Math.abs(value);
	if (magnitude >= 1e5 || magnitude < 1e-4) {
		const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
		return `${mantissa.replace('-', '−')}×10${raised(exponent.replace('+', ''))}`;
	}
	return Number(value.toPrecision(digits)).toString().replaceAll('-', '−');
}

/**
 * The exact value; NaN and ±∞ are no numbers to paste into numpy, so they read as `short`
 * writes them (never "-Infinity").
 */
export function exact(value: number): string {
	if (!Number.isFinite(value)) return short(value);
	return String(value).replaceAll('-', '−');
}

/** Whether every value can be shown as a number: a diverged run's NaN and ±∞ cannot. */
export function allFinite(values: ArrayLike<number>): boolean {
	for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) return false;
	return true;
}

/** "37.5%" */
export function percent(fraction: number, digits = 1): string {
	return `${(fraction * 100).toFixed(digits)}%`;
}
