import { describe, expect, it } from 'vitest';
import type { Divergence } from '$lib/engine/training/divergence';
import { runsVerdict } from './run-verdict';

/** A loss curve of `losses`, one an iteration from 1. */
const curve = (losses: number[]) => losses.map((loss, k) => ({ iteration: k + 1, loss }));
const falling = curve(Array.from({ length: 40 }, (_, k) => 2.3 / (1 + k / 10)));
const rising = curve(Array.from({ length: 40 }, (_, k) => 2.3 + k));
const climbing = curve(
	Array.from({ length: 40 }, (_, k) => (k < 15 ? 2.3 - k * 0.13 : 0.48 + (k - 15) * 0.05))
);
const diverged = (iteration: number) =>
	({ iteration, message: 'Z2 became Infinity' }) as Divergence;
const NAMES = ['gradient descent, α = 100', 'Adam, α = 0.001'];

describe('runsVerdict', () => {
	it.each([
		['both learn', [falling, falling], [undefined, undefined], 'finished'],
		[
			'gradient descent rises',
			[rising, falling],
			[undefined, undefined],
			'finished, but gradient descent, α = 100 (the solid curve) is not learning: its loss rose from 2.30 to about 39.8 (a smaller α usually helps)'
		],
		[
			'Adam climbs',
			[falling, climbing],
			[undefined, undefined],
			'finished, but Adam, α = 0.001 (the dashed curve) is getting worse: its loss has climbed since about iteration'
		],
		[
			'gradient descent diverges',
			[curve([2.3, 9]), falling],
			[diverged(3), undefined],
			'finished, but gradient descent, α = 100 (the solid curve) diverged in iteration 3 (a smaller α usually helps)'
		],
		[
			'both fail',
			[rising, curve([2.3, 9])],
			[undefined, diverged(2)],
			'finished, and neither run learned: gradient descent, α = 100 (the solid curve) is not learning: its loss rose from 2.30 to about 39.8; and Adam, α = 0.001 (the dashed curve) diverged in iteration 2'
		],
		[
			'both diverge',
			[curve([2.3]), curve([2.3])],
			[diverged(2), diverged(5)],
			'stopped: both runs diverged'
		]
	])('%s', (_, points, divergences, says) => {
		expect(runsVerdict({ points, divergences }, NAMES).startsWith(says)).toBe(true);
	});

	it('without names says what went wrong without saying which run', () => {
		const end = { points: [rising, falling], divergences: [undefined, undefined] };
		expect(runsVerdict(end)).toMatch(/^finished, but the loss rose from 2\.30 to /);
		expect(runsVerdict({ points: [falling], divergences: [undefined] })).toBe('finished');
		expect(runsVerdict({ points: [curve([2.3])], divergences: [diverged(2)] })).toBe(
			'stopped: diverged'
		);
	});
});
