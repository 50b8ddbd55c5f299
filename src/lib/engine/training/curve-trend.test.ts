import { describe, expect, it } from 'vitest';
import { curveTrend } from './curve-trend';

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
