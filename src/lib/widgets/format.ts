/**
 * How numbers are written on screen. `short` for reading at a glance; `exact` is the shortest
 * decimal that reads back as the very same double, so a learner can paste it into numpy and
 * compare bit for bit.
 */
export function short(value: number, digits = 4): string {
	if (Number.isNaN(value)) return 'NaN';
	if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
	if (value === 0) return '0';
	const magnitude = Math.abs(value);
	const text =
		magnitude >= 1e5 || magnitude < 1e-4
			? value.toExponential(digits - 1).replace(/e\+?/, '×10^')
			: Number(value.toPrecision(digits)).toString();
	return text.replaceAll('-', '−');
}

export function exact(value: number): string {
	return String(value).replaceAll('-', '−');
}

/** "37.5%" */
export function percent(fraction: number, digits = 1): string {
	return `${(fraction * 100).toFixed(digits)}%`;
}
