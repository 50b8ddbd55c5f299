/**
 * A number with its thousands grouped, "60,000", written by hand: the first call to
 * toLocaleString sets up the browser's whole number-formatting machinery, a long task on a
 * slow machine, and the lab needs nothing of it but commas.
 * @example grouped(4294967295) // '4,294,967,295'
 */
export function grouped(value: number): string {
	const [whole, fraction] = String(Math.abs(value)).split('.');
	const text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
	return value < 0 ? `−${text}` : text;
}
