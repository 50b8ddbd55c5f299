import { describe, expect, it } from 'vitest';
import type { ChartPoint } from './chart';
import { thinned } from './thin';

const drawn = (p: ChartPoint) => Number.isFinite(p.y);
/** n points at x = 0, 1, …, n − 1. */
const curve = (n: number, y: (x: number) => number) =>
	Array.from({ length: n }, (_, x) => ({ x, y: y(x) }));

describe('thinned', () => {
	it('leaves a curve of a few points a pixel as it is', () => {
		const points = curve(100, (x) => x * x);
		expect(thinned(points, (x) => x, drawn)).toBe(points);
	});

	it('keeps four points a pixel column at most, each one a point of the curve', () => {
		const points = curve(5000, (x) => Math.sin(x / 7) + x / 1000);
		const thin = thinned(points, (x) => x / 10, drawn);
		expect(thin.length).toBeLessThanOrEqual(4 * 500);
		expect(thin.length).toBeGreaterThan(500);
		for (const p of thin) expect(points[p.x]).toBe(p);
		expect(thin.map((p) => p.x)).toEqual([...thin.map((p) => p.x)].sort((a, b) => a - b));
	});

	it('keeps every column’s first, last, lowest and highest point', () => {
		const points = curve(5000, (x) => Math.sin(x * 1.3) * (1 + (x % 17)));
		const thin = new Set(thinned(points, (x) => x / 10, drawn));
		for (let c = 0; c < 500; c++) {
			const column = points.slice(c * 10, c * 10 + 10);
			const ys = column.map((p) => p.y);
			expect(thin.has(column[0])).toBe(true);
			expect(thin.has(column[9])).toBe(true);
			expect(thin.has(column[ys.indexOf(Math.min(...ys))])).toBe(true);
			expect(thin.has(column[ys.indexOf(Math.max(...ys))])).toBe(true);
		}
	});

	it('keeps a point that cannot be drawn, so the line still breaks there', () => {
		const points = curve(5000, (x) => (x === 2345 ? NaN : x));
		const thin = thinned(points, (x) => x / 10, drawn);
		const gap = thin.findIndex((p) => Number.isNaN(p.y));
		expect(thin[gap].x).toBe(2345);
		expect(thin[gap - 1].x).toBe(2344);
		expect(thin[gap + 1].x).toBe(2346);
	});
});
