/**
 * D3's side of ActivationPlot: the scales from (Z[1], A[1]) to SVG units, the ticks and the
 * curve of g. Pure functions of the drawing's width, the entries of Z[1] and the network's g,
 * called from `$derived`; the curve is the engine's own g, never a formula of the widget's.
 */
import { extent, scaleLinear, type ScaleLinear } from 'd3';
import { activate, type ActivationChoice } from '$lib/engine/activation';
import { matrix } from '$lib/engine/matrix';

/** The margins inside the SVG, room for the tick labels and the axis titles. */
export const PAD = { top: 14, right: 16, bottom: 36, left: 44 } as const;

export interface ActivationFrame {
	readonly width: number;
	readonly height: number;
	readonly x: ScaleLinear<number, number>;
	readonly y: ScaleLinear<number, number>;
	/** The curve z ↦ g(z), as an SVG path. */
	readonly path: string;
	readonly ticks: readonly number[];
}

/** How many points of g the curve is drawn through. */
const POINTS = 201;

/**
 * The frame for `room` CSS px of width (drawn at the width shown, 240–560 px, so its labels
 * keep their size on a phone): z spans ±1.08 × the largest |entry| of Z[1] (at least ±1), y
 * from just below 0 to the same reach; g evaluated by the engine at 201 points across z.
 */
export function activationFrame(
	room: number,
	z1: Iterable<number> | undefined,
	network: ActivationChoice
): ActivationFrame {
	const width = Math.max(240, Math.min(560, room));
	const height = Math.round(Math.max(200, width * 0.46));
	const [min, max] = extent(z1 ?? [-3, 3]) as [number, number];
	const reach = Math.max(Math.abs(min), Math.abs(max), 1) * 1.08;
	const [lo, hi] = [-reach, reach];
	const zs = matrix(
		1,
		POINTS,
		Array.from({ length: POINTS }, (_, k) => lo + ((hi - lo) * k) / (POINTS - 1))
	);
	const gs = activate(zs, network);
	const x = scaleLinear([lo, hi], [PAD.left, width - PAD.right]);
	const y = scaleLinear([Math.min(0, lo * 0.05), hi], [height - PAD.bottom, PAD.top]);
	const path = Array.from(zs.data, (z, k) => `${k ? 'L' : 'M'}${x(z)},${y(gs.data[k])}`).join('');
	return { width, height, x, y, path, ticks: x.ticks(width < 420 ? 5 : 7) };
}
