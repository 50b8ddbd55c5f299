import { describe, expect, it } from 'vitest';
import { edits, meant, unknownKeyNotices } from './unknown-keys';
import { LESSON_KEYS } from './query';

describe('edits', () => {
	it.each([
		['seed', 'seed', 0],
		['sed', 'seed', 1],
		['aplha', 'alpha', 1],
		['stpe', 'step', 1],
		['alph', 'alpha', 1],
		['x', 'm', 1],
		['', 'cell', 4]
	])('%s → %s takes %i', (a, b, n) => expect(edits(a, b)).toBe(n));
});

describe('meant', () => {
	it.each([
		['sed', 'seed'],
		['seeed', 'seed'],
		['Seed', 'seed'],
		['aplha', 'alpha'],
		['alph', 'alpha'],
		['stpe', 'step'],
		['inspct', 'inspect'],
		['cel', 'cell'],
		['activation', 'act'],
		['iteration', 'it'],
		['x', undefined],
		['mm', undefined],
		['zoom', undefined],
		['utm_source', undefined]
	])('%s is taken for %s', (key, known) => expect(meant(key, LESSON_KEYS)).toBe(known));
});

describe('unknownKeyNotices', () => {
	const notices = (query: string, known: readonly string[] = LESSON_KEYS) =>
		unknownKeyNotices(new URLSearchParams(query), known);

	it('says nothing of the keys the page reads', () => {
		expect(notices('seed=3&m=4&alpha=0.5&act=relu&it=2&step=Z1&inspect=W1&cell=1,2')).toEqual([]);
	});

	it.each([
		[
			'sed=3&m=4',
			'“sed” = “3” is not something this address can set, so it is ignored; did you mean seed?'
		],
		[
			'zoom=2',
			'“zoom” = “2” is not something this address can set, so it is ignored (it can set seed, m, alpha, act, it, step, inspect, cell).'
		],
		['=5', '“” = “5” is not something this address can set'],
		['flag', '“flag” = “” is not something this address can set'],
		['%00seed=1', '“\\u{0}seed” = “1” is not something this address can set'],
		[
			`${'k'.repeat(40)}=<b>hi</b>`,
			`“${'k'.repeat(24)}…” = “<b>hi</b>” is not something this address can set`
		]
	])('%s gets a notice naming the key', (query, text) => {
		const [notice, ...more] = notices(query);
		expect(notice.startsWith(text)).toBe(true);
		expect(more).toEqual([]);
	});

	it('names a key given twice once, with its first value', () => {
		expect(notices('sed=3&sed=4')).toEqual([
			'“sed” = “3” is not something this address can set, so it is ignored; did you mean seed?'
		]);
	});

	it('names the keys this page reads when nothing is close', () => {
		expect(notices('seed=3', ['kernel'])).toEqual([
			'“seed” = “3” is not something this address can set, so it is ignored (it can set kernel).'
		]);
	});
});
