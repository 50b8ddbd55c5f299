import { describe, expect, it } from 'vitest';
import { Throughput } from './throughput';

describe('Throughput', () => {
	it('reads 0 per second and NaN ms per iteration before anything happens', () => {
		const t = new Throughput();
		expect(t.perSecond).toBe(0);
		expect(t.msPerIteration).toBeNaN();
	});

	it('counts iterations per second of wall time, waiting included', () => {
		const t = new Throughput(10_000);
		// 10 iterations of 20 ms each, one ending every 50 ms: the first starts at 1030 ms.
		for (let k = 1; k <= 10; k++) t.add(1, 20, 1000 + 50 * k);
		expect(t.perSecond).toBeCloseTo(10 / 0.47, 9);
		expect(t.msPerIteration).toBeCloseTo(20, 9);
		expect(t.iterations).toBe(10);
	});

	it('forgets samples older than its window, so the rate follows a change of pace', () => {
		const t = new Throughput(1000);
		for (let k = 1; k <= 20; k++) t.add(1, 100, 100 * k); // 10 per second for 2 s
		for (let k = 1; k <= 40; k++) t.add(1, 25, 2000 + 25 * k); // then 40 per second for 1 s
		expect(t.perSecond).toBeCloseTo(40, 0);
		expect(t.msPerIteration).toBeCloseTo((20 * 100 + 40 * 25) / 60, 9);
	});

	it('starts a fresh window after a pause without losing the totals', () => {
		const t = new Throughput(10_000);
		t.add(5, 100, 100);
		t.restartWindow();
		t.add(5, 100, 60_000);
		expect(t.perSecond).toBeCloseTo(50, 9);
		expect(t.iterations).toBe(10);
	});

	it('refuses a window that is not positive and negative work', () => {
		expect(() => new Throughput(0)).toThrow('window 0 ms must be > 0');
		expect(() => new Throughput().add(-1, 5, 0)).toThrow('-1 iterations in 5 ms');
	});
});
