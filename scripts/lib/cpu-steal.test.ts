import { describe, expect, it } from 'vitest';
import { cpuTicks, stolenBetween } from './cpu-steal.js';

describe('stolenBetween', () => {
	it.each([
		[{ total: 1000, steal: 10 }, { total: 2000, steal: 110 }, '10.0%'],
		[{ total: 1000, steal: 10 }, { total: 1400, steal: 11 }, '0.3%'],
		[{ total: 1000, steal: 10 }, { total: 1000, steal: 10 }, undefined],
		[undefined, { total: 1000, steal: 10 }, undefined]
	])('from %o to %o is %s', (from, to, share) => {
		expect(stolenBetween(from, to)).toBe(share);
	});
});

describe('cpuTicks', () => {
	it('reads a total that grows and a steal count no larger than it, where Linux has /proc/stat', async () => {
		const first = cpuTicks();
		if (process.platform !== 'linux') {
			expect(first).toBeUndefined();
			return;
		}
		expect(first).toBeDefined();
		await new Promise((resolve) => setTimeout(resolve, 50));
		const later = cpuTicks()!;
		expect(later.total).toBeGreaterThanOrEqual(first!.total);
		expect(later.steal).toBeGreaterThanOrEqual(first!.steal);
		expect(later.steal).toBeLessThanOrEqual(later.total);
	});
});
