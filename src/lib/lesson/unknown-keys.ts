/**
 * Keys an address holds that its page does not read (`?sed=3` for `?seed=3`): each gets a
 * notice naming it, quoted as the other notices quote, and the key it was probably meant to
 * be when one is close — so a typo is never ignored silently.
 */
import { quote } from '$lib/settings/read';

/**
 * Edits (insert, delete, change, swap two neighbours) between `a` and `b`: the optimal
 * string alignment distance, small for the typos a hand makes (`sed`, `aplha`, `stpe`).
 */
export function edits(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const change = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/**
 * The known key `key` was probably meant as: the nearest within one edit for keys of up to
 * four letters and two for longer ones (none for one or two letters, so `x` is not read as
 * `m`), or one it begins with (`activation` for `act`, `iteration` for `it`); case ignored.
 * Undefined when none is close.
 */
export function meant(key: string, known: readonly string[]): string | undefined {
	const k = key.toLowerCase();
	let best: { key: string; cost: number } | undefined;
	for (const candidate of known) {
		const c = candidate.toLowerCase();
		const longest = Math.max(c.length, k.length);
		const limit = longest <= 2 ? 0 : longest <= 4 ? 1 : 2;
		let cost = edits(k, c);
		if (cost > limit && c.length >= 2 && k.length > c.length && k.startsWith(c)) cost = limit;
		if (cost <= limit && cost < (best?.cost ?? Infinity)) best = { key: candidate, cost };
	}
	return best?.key;
}

/**
 * One notice for each key of `params` not in `known` (once, however often it is given): the
 * key and its first value quoted, that it is ignored, and the key it probably meant.
 * @example unknownKeyNotices(new URLSearchParams('sed=3'), ['seed', 'm'])
 * // ['“sed” = “3” is not something this address can set, so it is ignored; did you mean seed?']
 */
export function unknownKeyNotices(params: URLSearchParams, known: readonly string[]): string[] {
	const notices: string[] = [];
	for (const key of new Set(params.keys())) {
		if (known.includes(key)) continue;
		const guess = meant(key, known);
		const hint = guess ? `; did you mean ${guess}?` : ` (it can set ${known.join(', ')}).`;
		const given = `${quote(key)} = ${quote(params.get(key) ?? '')}`;
		notices.push(`${given} is not something this address can set, so it is ignored${hint}`);
	}
	return notices;
}
