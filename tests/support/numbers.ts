const RAISED: Readonly<Record<string, string>> = {
	'⁰': '0',
	'¹': '1',
	'²': '2',
	'³': '3',
	'⁴': '4',
	'⁵': '5',
	'⁶': '6',
	'⁷': '7',
	'⁸': '8',
	'⁹': '9',
	'⁻': '-'
};

/** Reads a number as the site writes it: "−0.25", "1.2×10⁻⁵", "= −3e−7", "∞", "−∞", "NaN". */
export function readNumber(text: string | null): number {
	const t = (text ?? '')
		.replace('=', '')
		.trim()
		.replace(
			/×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/,
			(_, power: string) => `e${[...power].map((c) => RAISED[c]).join('')}`
		)
		.replaceAll('−', '-');
	if (t === '∞') return Infinity;
	if (t === '-∞') return -Infinity;
	return Number(t);
}
