import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { lessonQuery, parseLessonQuery } from './query';

const parse = (query: string) => parseLessonQuery(new URLSearchParams(query));

describe('parseLessonQuery', () => {
	it('reads a full address', () => {
		const q = parse('seed=3&m=4&alpha=0.5&act=leaky-relu&it=2&step=dW1&inspect=W1&cell=3,406');
		expect(q.settings).toEqual({ seed: 3, m: 4, alpha: 0.5, activation: 'leaky-relu' });
		expect([q.iteration, q.step, q.inspect, q.cell]).toEqual([2, 'dW1', 'W1', [3, 406]]);
		expect(q.notices).toEqual([]);
	});

	it('ignores a key it does not read, saying which, and keeps everything else', () => {
		const q = parse('sed=3&m=4&stpe=Z1&it=2');
		expect(q.settings).toEqual({ m: 4 });
		expect(q.iteration).toBe(2);
		expect(q.notices).toEqual([
			'“sed” = “3” is not something this address can set, so it is ignored; did you mean seed?',
			'“stpe” = “Z1” is not something this address can set, so it is ignored; did you mean step?'
		]);
	});

	it('leaves out what the address does not mention', () => {
		expect(parse('')).toEqual({ settings: {}, notices: [] });
	});

	it.each([
		['m=abc', { m: DEFAULT_SETTINGS.m }, 'm = “abc” is not a decimal number; using 8.'],
		['m=-5', { m: 1 }, 'm = “-5” is outside 1 … 1,000; using 1.'],
		['m=1e309', { m: 1000 }, 'm = “1e309” is outside 1 … 1,000; using 1,000.'],
		['m=1e6', { m: 1000 }, 'm = “1e6” is outside 1 … 1,000; using 1,000.'],
		['m=2.6', { m: 3 }, 'm = “2.6” is not a whole number; using 3.'],
		['m=0x10', { m: 8 }, 'm = “0x10” is not a decimal number; using 8.'],
		['m=0o17', { m: 8 }, 'm = “0o17” is not a decimal number; using 8.'],
		['m=0b11', { m: 8 }, 'm = “0b11” is not a decimal number; using 8.'],
		['m=', { m: 8 }, 'm = “” is not a decimal number; using 8.'],
		['m=4&m=9', { m: 4 }, 'm is given 2 times (“4”, “9”); using the first.'],
		['alpha=NaN', { alpha: 0.1 }, 'α = “NaN” is not a decimal number; using 0.1.'],
		['alpha=-Infinity', { alpha: 0.1 }, 'α = “-Infinity” is not a decimal number; using 0.1.'],
		['alpha=1e9', { alpha: 100 }, 'α = “1e9” is outside 0.000001 … 100; using 100.'],
		['alpha=0x10', { alpha: 0.1 }, 'α = “0x10” is not a decimal number; using 0.1.'],
		['seed=abc', { seed: 0 }, 'seed = “abc” is not a decimal number; using 0.'],
		['seed=99999999999', { seed: 4294967295 }, 'seed = “99999999999” is outside 0 … 4,294,967,295'],
		['act=sigmoid', {}, 'activation = “sigmoid” is not one of relu, leaky-relu; ignoring it.']
	])('turns %s into the nearest valid value, with a notice', (query, settings, notice) => {
		const q = parse(query);
		expect(q.settings).toEqual(settings);
		expect(q.notices.join(' ')).toContain(notice);
	});

	it('takes a seed of 2³¹ as given: every 32-bit seed is its own', () => {
		expect(parse('seed=2147483648')).toEqual({ settings: { seed: 2147483648 }, notices: [] });
	});

	it.each([
		['step=Z9', 'step', 'step = “Z9” is not one of'],
		['step=%00Z1', 'step', 'step = “\\u{0}Z1” is not one of'],
		['step=Z1%20', 'step', 'step = “Z1 ” is not one of'],
		['inspect=W3', 'inspect', 'matrix = “W3”'],
		['inspect=W1&cell=1;2', 'cell', 'cell = “1;2” is not a row and column'],
		['inspect=W1&cell=-1,2', 'cell', 'cell = “-1,2” is not a row and column'],
		['inspect=W1&cell=,', 'cell', 'cell = “,” is not a row and column'],
		['inspect=W1&cell=%20,%20', 'cell', 'cell = “ , ” is not a row and column'],
		['inspect=W1&cell=0x1,2', 'cell', 'cell = “0x1,2” is not a row and column'],
		['cell=2,3', 'cell', 'cell = “2,3” needs inspect= to say which matrix'],
		['it=0', 'iteration', 'iteration = “0” is outside 1 … 500; using 1.'],
		['it=2&it=3', 'iteration', 'it is given 2 times (“2”, “3”); using the first.']
	] as const)('handles a bad %s', (query, field, notice) => {
		const q = parse(query);
		if (field === 'iteration') expect(q.iteration).toBe(query.startsWith('it=0') ? 1 : 2);
		else expect(q[field]).toBeUndefined();
		expect(q.notices.join(' ')).toContain(notice);
	});

	it('quotes hostile text as short plain text, never as markup to render', () => {
		const q = parse(
			`act=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(1)>')}`
		);
		expect(q.settings).toEqual({});
		const notice = q.notices[0];
		expect(notice).toContain('“<script>alert(1)</script…”');
		expect(notice.length).toBeLessThan(120);
	});
});

describe('lessonQuery', () => {
	it('writes what differs from the defaults, and reads back to the same state', () => {
		const state = {
			settings: {
				...DEFAULT_SETTINGS,
				seed: 5,
				m: 3,
				alpha: 0.25,
				activation: 'leaky-relu' as const
			},
			iteration: 4,
			step: 'Z2' as const,
			inspect: 'A2' as const,
			cell: [7, 2] as const
		};
		const query = lessonQuery(state);
		expect(query.toString()).toBe(
			'seed=5&m=3&alpha=0.25&act=leaky-relu&it=4&step=Z2&inspect=A2&cell=7%2C2'
		);
		const back = parseLessonQuery(query);
		expect(back.settings).toEqual({ seed: 5, m: 3, alpha: 0.25, activation: 'leaky-relu' });
		expect([back.iteration, back.step, back.inspect, back.cell]).toEqual([4, 'Z2', 'A2', [7, 2]]);
	});
});
