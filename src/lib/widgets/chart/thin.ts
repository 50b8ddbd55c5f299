/**
 * The points of a long curve that its line can show: in each column of pixels, the first, the
 * lowest, the highest and the last, in their order. A line through those covers the same
 * pixels as one through all of them (each column spans the same lowest to highest y, and
 * joins its neighbours where they do), so a 5,000-iteration run costs a path of about four
 * points a pixel column instead of 5,000, however long it grows. No point is made up: each
 * one drawn is a point of the series. A point that cannot be drawn is kept: it is a gap.
 */
import type { ChartPoint } from './chart';

/**
 * `points` thinned to at most four a column of `column` screen units along `at` (x to screen),
 * or `points` itself when there are no more than that to begin with. `drawn` says whether a
 * point can be drawn. The lowest and highest y are the lowest and highest on screen whatever
 * the y scale, linear or log, as long as it keeps or reverses their order.
 */
export function thinned(
	points: readonly ChartPoint[],
	at: (x: number) => number,
	drawn: (p: ChartPoint) => boolean,
	column = 1
): readonly ChartPoint[] {
	if (points.length < 2) return points;
	const span = Math.abs(at(points[points.length - 1].x) - at(points[0].x));
	if (points.length <= 4 * (span / column + 1)) return points;
	const out: ChartPoint[] = [];
	let key = NaN;
	let col: { first: ChartPoint; low: ChartPoint; high: ChartPoint; last: ChartPoint } | undefined;
	const close = () => {
		if (!col) return;
		const four = [col.first, col.low, col.high, col.last];
		out.push(...four.filter((p, k) => four.indexOf(p) === k).sort((a, b) => a.x - b.x));
		col = undefined;
	};
	for (const p of points) {
		if (!drawn(p)) {
			close();
			out.push(p);
			continue;
		}
		const k = Math.floor(at(p.x) / column);
		if (!col || k !== key) {
			close();
			key = k;
			col = { first: p, low: p, high: p, last: p };
			continue;
		}
		if (p.y < col.low.y) col.low = p;
		if (p.y > col.high.y) col.high = p;
		col.last = p;
	}
	close();
	return out;
}
