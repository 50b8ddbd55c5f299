import { describe, expect, it } from 'vitest';
import { curveTrend, curveVerdict } from './curve-trend';

const curve = (losses: number[]) =>
	losses.map((loss, k) => ({ iteration: k + 1, loss, accuracy: 0 }));

describe('curveTrend', () => {
	it.each([
		{
			name: 'falling all the way',
			losses: [2.3, 1.5, 1.1, 0.9],
			turnedUp: false,
			fell: true,
			lowestAt: 4
		},
		{
			name: 'falling, then back up',
			losses: [2.3, 1.2, 1.6, 2.0],
			turnedUp: true,
			fell: true,
			lowestAt: 2
		},
		{
			name: 'up from the start',
			losses: [2.3, 2.5, 3.0],
			turnedUp: true,
			fell: false,
			lowestAt: 1
		},
		{
			name: 'flat within rounding',
			losses: [1, 0.9999, 0.99995],
			turnedUp: false,
			fell: true,
			lowestAt: 2
		}
	])('$name', ({ losses, turnedUp, fell, lowestAt }) => {
		const trend = curveTrend(curve(losses));
		expect(trend).toMatchObject({
			turnedUp,
			fell,
			lowestAt,
			first: losses[0],
			last: losses.at(-1)
		});
		expect(trend?.lowest).toBe(Math.min(...losses));
		expect(trend?.iterations).toBe(losses.length);
	});

	it('has nothing to say about an empty curve', () => {
		expect(curveTrend([])).toBeUndefined();
	});
});

/** `n` losses from `f(k)`, k = 0 … n − 1, as iterations from 1. */
const losses = (n: number, f: (k: number) => number) =>
	Array.from({ length: n }, (_, k) => ({ iteration: k + 1, loss: f(k) }));

describe('curveVerdict', () => {
	it.each([
		{
			name: 'a loss falling from 2.3 to 0.4',
			points: losses(500, (k) => 0.4 + 1.9 * Math.exp(-k / 80)),
			kind: 'learning'
		},
		{
			name: 'a noisy mini-batch loss that falls on average',
			points: losses(300, (k) => 2.3 * Math.exp(-k / 100) + 0.3 + (k % 2 ? 1.5 : -0.2)),
			kind: 'learning'
		},
		{ name: 'a flat loss', points: losses(100, () => 2.3), kind: 'learning' },
		{ name: 'one point', points: losses(1, () => 40), kind: 'learning' },
		{
			name: 'α = 100: 2.3 at first, 31 at the end',
			points: losses(100, (k) => (k < 3 ? 2.3 : 31.1)),
			kind: 'rose'
		},
		{
			name: 'α = 100: 2.3, a leap to 120, then down to 31 and no lower',
			points: losses(500, (k) => (k === 0 ? 2.3 : 31.1 + 90 * Math.exp(-k / 20))),
			kind: 'rose'
		},
		{
			name: 'a loss that creeps up 30 %',
			points: losses(200, (k) => 2.3 + (0.7 * k) / 199),
			kind: 'rose'
		},
		{
			name: 'a loss that falls to 0.5, then climbs to 1.5',
			points: losses(400, (k) => (k < 150 ? 2.3 - (1.8 * k) / 150 : 0.5 + (k - 150) / 250)),
			kind: 'climbing'
		},
		{
			name: 'a loss that falls, then wobbles a little',
			points: losses(400, (k) => (k < 150 ? 2.3 - (1.8 * k) / 150 : 0.5 + 0.05 * Math.sin(k))),
			kind: 'learning'
		}
	])('calls $name $kind', ({ points, kind }) => {
		expect(curveVerdict(points).kind).toBe(kind);
	});

	it('says how far the loss rose: from its first value to the mean of its last tenth', () => {
		const verdict = curveVerdict(losses(100, (k) => (k === 0 ? 2.3 : k < 90 ? 50 : 31.1)));
		if (verdict.kind !== 'rose') throw new Error(`expected 'rose', got '${verdict.kind}'`);
		expect(verdict.first).toBeCloseTo(2.3, 12);
		expect(verdict.last).toBeCloseTo(31.1, 12);
		expect(verdict.message).toBe(
			'the loss rose from 2.30 to 31.1: this run is not learning (a smaller α usually helps)'
		);
	});

	it('says from about which iteration a climbing loss has climbed', () => {
		// Ten blocks of 40: the bottom is at iteration 160, so the lowest block's mean is the one
		// just after it (iterations 161–200, mean 0.58); the climb is dated from 201.
		const points = losses(400, (k) => (k < 160 ? 2.3 - (1.8 * k) / 160 : 0.5 + (k - 160) / 240));
		const verdict = curveVerdict(points);
		expect(verdict).toMatchObject({ kind: 'climbing', since: 201 });
		expect(verdict.kind === 'climbing' && verdict.message).toMatch(
			/^the loss has been climbing since about iteration 201, from 0\.\d+ to 1\.\d+: /
		);
	});
});
