/**
 * What a loss curve did, in the few numbers a sentence about it needs: where it started and
 * ended, its lowest point, and whether it turned back up after it. A chapter then says what
 * the run showed instead of asserting what it should show.
 */
import type { CurvePoint } from './curve-point';

/** How far above its lowest point a curve must end to count as turned back up (relative). */
export const TURN_UP = 1e-3;

export interface CurveTrend {
	readonly iterations: number;
	readonly first: number;
	readonly last: number;
	/** The lowest loss and the iteration it came at. */
	readonly lowest: number;
	readonly lowestAt: number;
	/** last > lowest · (1 + TURN_UP): the loss fell, then rose again. */
	readonly turnedUp: boolean;
	/** last < first: lower at the end than at the start. */
	readonly fell: boolean;
}

/**
 * The trend of `points` (a CurveRunner's, oldest first); undefined for an empty curve.
 * @example curveTrend(runner.points)?.turnedUp
 */
export function curveTrend(points: readonly CurvePoint[]): CurveTrend | undefined {
	if (points.length === 0) return undefined;
	let low = points[0];
	for (const p of points) if (p.loss < low.loss) low = p;
	const first = points[0].loss;
	const last = points[points.length - 1].loss;
	return {
		iterations: points[points.length - 1].iteration,
		first,
		last,
		lowest: low.loss,
		lowestAt: low.iteration,
		turnedUp: last > low.loss * (1 + TURN_UP),
		fell: last < first
	};
}
