/**
 * The one reader for a setting given as text (typed into a field or written in an address):
 * it says what it could not use and what it uses instead, so nothing changes silently.
 */
import { grouped } from '$lib/lab/grouped';
import { FIELDS, type NumberName } from './fields';

/** What a text became: the value to use, and a sentence when it was not usable as given. */
export interface Reading<T> {
	readonly value: T;
	readonly notice?: string;
}

/** Past this many characters a quoted value is cut short: a notice is read, not scrolled. */
const QUOTE_LENGTH = 24;

/**
 * Text exactly as given, as plain text a reader can see: control, format and separator
 * characters (NUL, newline, the bidi overrides, zero-width spaces) are written as `\u{…}`
 * rather than dropped, so `%00Z1` is quoted as “\u{0}Z1”, not as a valid-looking “Z1”.
 */
export function quote(text: string): string {
	const chars = [...text];
	const shown = chars
		.slice(0, QUOTE_LENGTH)
		.map((c) =>
			/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(c) ? `\\u{${c.codePointAt(0)?.toString(16)}}` : c
		)
		.join('');
	return `“${shown}${chars.length > QUOTE_LENGTH ? '…' : ''}”`;
}

/**
 * Plain decimal notation only (`12`, `-0.5`, `.5`, `1e-3`): `Number` would also read `0x10`,
 * `0o17`, `0b11`, `Infinity` and the empty string (as 0), none of which a learner means as a
 * setting. Spaces, underscores and thousands commas (`60,000`, `60 000`) are allowed, and a
 * lone comma is a decimal comma (`0,5`).
 */
export function decimal(text: string): number {
	const cleaned = text
		.trim()
		.replace(/[\s_]/g, '')
		.replace(/,(?=\d{3}(\D|$))/g, '')
		.replace(',', '.');
	return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * The number field `field` given as `text`: held to the field's range (±∞, as from 1e309,
 * becomes the nearest bound) and rounded when it must be whole; `fallback` when the text is
 * not a decimal number. `name` is how the notice names it (an address uses its key).
 * @example readNumber('iterations', '9000', 500).value // 5000, with a notice
 */
export function readNumber(
	field: NumberName,
	text: string,
	fallback: number,
	name = FIELDS[field].label
): Reading<number> {
	const { min, max, whole } = FIELDS[field];
	const given = decimal(text);
	if (Number.isNaN(given)) {
		return {
			value: fallback,
			notice: `${name} = ${quote(text)} is not a decimal number; using ${grouped(fallback)}.`
		};
	}
	let value = Math.min(max, Math.max(min, given));
	if (whole) value = Math.round(value);
	if (value === given) return { value };
	const why =
		given < min || given > max
			? `is outside ${grouped(min)} … ${grouped(max)}`
			: 'is not a whole number';
	return { value, notice: `${name} = ${quote(text)} ${why}; using ${grouped(value)}.` };
}

/** One of `options` given as `text`, or `fallback` with a notice naming the options. */
export function readChoice<T extends string, F extends T | undefined>(
	name: string,
	text: string,
	options: readonly T[],
	fallback: F
): Reading<T | F> {
	if ((options as readonly string[]).includes(text)) return { value: text as T };
	const instead = fallback === undefined ? 'ignoring it' : `using ${fallback}`;
	return {
		value: fallback,
		notice: `${name} = ${quote(text)} is not one of ${options.join(', ')}; ${instead}.`
	};
}
