/**
 * The data side of LineChart: series, the x positions a reader can step through, and the
 * value of a series at one of them. Pure functions over plain data; the chart draws.
 */
import type { SymbolName } from '$lib/engine/symbols';

export interface ChartPoint {
	readonly x: number;
	readonly y: number;
}

export interface ChartSeries {
	/** Unique within a chart. */
	readonly id: string;
	readonly label: string;
	/** In increasing x. Non-finite y values leave a gap. */
	readonly points: readonly ChartPoint[];
	readonly color: string;
	readonly dashed?: boolean;
	/** Draw a dot at every point (for series measured now and then). */
	readonly dots?: boolean;
	/** Shade the area under the line, down to the bottom of the plot. */
	readonly area?: boolean;
	/** The symbol the series shows, for linking with the equations. */
	readonly symbol?: SymbolName;
	/** How a value of this series is written; the chart's formatY by default. */
	readonly format?: (y: number) => string;
}

/** A vertical rule at one x, such as "current α" or "diverged here". */
export interface ChartMarker {
	readonly x: number;
	readonly label: string;
	readonly color?: string;
}

/** A horizontal rule at one y, such as "loss before the step". */
export interface ChartRule {
	readonly y: number;
	readonly label: string;
	readonly color?: string;
}

/** Every x any series has a point at, sorted, each once. */
export function xPositions(series: readonly ChartSeries[]): number[] {
	const all = new Set<number>();
	for (const s of series) for (const p of s.points) all.add(p.x);
	return [...all].sort((a, b) => a - b);
}

/** Index of the last point with x ≤ `x`, or −1 (points sorted by x). */
function lastAtOrBefore(points: readonly ChartPoint[], x: number): number {
	let lo = 0;
	let hi = points.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (points[mid].x <= x) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/**
 * The point of `series` a reader at `x` should see: the one at `x`, or else the latest one
 * before it (a series measured every tenth iteration shows its last measurement).
 */
export function pointAt(series: ChartSeries, x: number): ChartPoint | undefined {
	const k = lastAtOrBefore(series.points, x);
	return k < 0 ? undefined : series.points[k];
}

/** The index of the position nearest to `target` (positions in screen pixels), or −1. */
export function nearestIndex(positions: readonly number[], target: number): number {
	let best = -1;
	for (let k = 0; k < positions.length; k++) {
		if (best < 0 || Math.abs(positions[k] - target) < Math.abs(positions[best] - target)) best = k;
	}
	return best;
}

/** Where a key moves the reading along `xs`: arrows by one, Page keys by a tenth, Home/End. */
export function moveAlong(
	key: string,
	xs: readonly number[],
	current: number | null
): number | undefined {
	if (xs.length === 0) return undefined;
	const k = current === null ? -1 : xs.indexOf(current);
	const jump = Math.max(1, Math.round(xs.length / 10));
	const at = (i: number) => xs[Math.min(xs.length - 1, Math.max(0, i))];
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return k < 0 ? at(xs.length - 1) : at(k - 1);
		case 'ArrowRight':
		case 'ArrowUp':
			return k < 0 ? at(0) : at(k + 1);
		case 'PageDown':
			return at(k - jump);
		case 'PageUp':
			return at(k + jump);
		case 'Home':
			return at(0);
		case 'End':
			return at(xs.length - 1);
		default:
			return undefined;
	}
}

/** The y values a scale must span: finite ones, and only positive ones on a log scale. */
export function drawable(series: readonly ChartSeries[], log: boolean): number[] {
	const ys: number[] = [];
	for (const s of series) {
		for (const p of s.points) if (Number.isFinite(p.y) && (!log || p.y > 0)) ys.push(p.y);
	}
	return ys;
}

/** A domain with room in it: [lo, hi], or around lo when the two are equal. */
export function widen(lo: number, hi: number, log: boolean): [number, number] {
	if (lo !== hi) return [lo, hi];
	return log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
}
