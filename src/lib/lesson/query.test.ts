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

	it('leaves out what the address does not mention', () => {
		expect(parse('')).toEqual({ settings: {}, notices: [] });
	});

	it.each([
		['m=abc', { m: DEFAULT_SETTINGS.m }, /m = “abc” is not a number/],
		['m=-5', { m: 1 }, /outside 1 … 1000/],
		['m=1e309', { m: 1000 }, /using 1000/],
		['m=2.6', { m: 3 }, /not whole; using 3/],
		['alpha=NaN', { alpha: DEFAULT_SETTINGS.alpha }, /α = “NaN” is not a number/],
		['alpha=-Infinity', { alpha: 1e-6 }, /using 0.000001|using 1e-6/],
		['alpha=', { alpha: DEFAULT_SETTINGS.alpha }, /not a number/],
		['seed=99999999999', { seed: 2 ** 31 - 1 }, /seed/],
		['act=sigmoid', {}, /activation = “sigmoid” is not one of relu, leaky-relu/]
	])('turns %s into the nearest valid value, with a notice', (query, settings, notice) => {
		const q = parse(query);
		expect(q.settings).toEqual(settings);
		expect(q.notices.join(' ')).toMatch(notice);
	});

	it.each([
		['step=Z9', 'step', /step = “Z9” is not one of/],
		['inspect=W3', 'inspect', /matrix = “W3”/],
		['cell=1;2', 'cell', /cell = “1;2”/],
		['cell=-1,2', 'cell', /cell/],
		['it=0', 'iteration', /iteration/]
	] as const)('handles a bad %s', (query, field, notice) => {
		const q = parse(query);
		if (field !== 'iteration') expect(q[field]).toBeUndefined();
		else expect(q.iteration).toBe(1);
		expect(q.notices.join(' ')).toMatch(notice);
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
