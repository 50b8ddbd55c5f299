/**
 * D3's side of LineChart: the scales from data to SVG units, their ticks, and each series'
 * path. Pure functions of the data and the plotting area, called from `$derived`.
 */
import { area, extent, line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { drawable, widen, type ChartPoint, type ChartRule, type ChartSeries } from './chart';
import { thinned } from './thin';

export type Scale = ScaleContinuousNumeric<number, number>;

/** The plotting area inside the SVG's margins. */
export interface Frame {
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

export interface Tick {
	readonly value: number;
	readonly at: number;
	readonly text: string;
}

/** x from the first to the last position (or `domain`), left to right. */
export function xScale(
	xs: readonly number[],
	frame: Frame,
	log: boolean,
	domain?: readonly [number, number]
): Scale {
	const [lo, hi] = domain ?? (xs.length ? [xs[0], xs[xs.length - 1]] : [1, 10]);
	return (log ? scaleLog() : scaleLinear())
		.domain(widen(lo, hi, log))
		.range([frame.left, frame.right]);
}

/**
 * y spanning every drawable value and rule (or `domain`), bottom to top. A linear axis starts
 * at 0 unless given a domain, so that a small change does not look large.
 */
export function yScale(
	series: readonly ChartSeries[],
	rules: readonly ChartRule[],
	frame: Frame,
	log: boolean,
	domain?: readonly [number, number]
): Scale {
	const ys = [...drawable(series, log), ...rules.map((r) => r.y).filter((v) => !log || v > 0)];
	const [lo = log ? 0.1 : 0, hi = log ? 10 : 1] = domain ?? extent(ys);
	const scale = (log ? scaleLog() : scaleLinear()).domain(
		widen(log || domain ? lo : Math.min(0, lo), hi, log)
	);
	if (!domain) scale.nice();
	return scale.range([frame.bottom, frame.top]);
}

/**
 * About `count` ticks, labelled by `format` or D3's own format for the scale (on a log scale,
 * only the ticks it labels, so that decades are not crowded).
 */
export function ticks(
	scale: Scale,
	count: number,
	log: boolean,
	format?: (v: number) => string
): Tick[] {
	const text = format ?? (log ? scale.tickFormat(count, '~g') : scale.tickFormat(count));
	return scale
		.ticks(count)
		.map((value) => ({ value, at: scale(value), text: text(value) }))
		.filter((t) => t.text !== '');
}

/** Whether a point can be drawn: a finite y, and a positive one on a log scale. */
export function visible(p: ChartPoint, log: boolean): boolean {
	return Number.isFinite(p.y) && (!log || p.y > 0);
}

/**
 * The SVG path of `points`, with a gap wherever a point cannot be drawn; a long curve through
 * only the points its pixels can show (thin.ts).
 */
export function seriesPath(
	points: readonly ChartPoint[],
	x: Scale,
	y: Scale,
	log: boolean
): string {
	const draw = line<ChartPoint>()
		.defined((p) => visible(p, log))
		.x((p) => x(p.x))
		.y((p) => y(p.y));
	return draw(thinned(points, x, (p) => visible(p, log)) as ChartPoint[]) ?? '';
}

/** The SVG path of the area between `points` and the bottom of the plot, with the same gaps. */
export function areaPath(
	points: readonly ChartPoint[],
	x: Scale,
	y: Scale,
	log: boolean,
	bottom: number
): string {
	const draw = area<ChartPoint>()
		.defined((p) => visible(p, log))
		.x((p) => x(p.x))
		.y0(bottom)
		.y1((p) => y(p.y));
	return draw(thinned(points, x, (p) => visible(p, log)) as ChartPoint[]) ?? '';
}
