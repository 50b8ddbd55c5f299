/**
 * What a loss curve did, in the few numbers a sentence about it needs: where it started and
 * ended, its lowest point, and whether it turned back up after it. A chapter then says what
 * the run showed instead of asserting what it should show.
 */
import type { CurvePoint } from './curve-point';

/** A loss at an iteration: what any curve here (lesson, widget or lab) is made of. */
export interface LossPoint {
	readonly iteration: number;
	readonly loss: number;
}

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

/** How many blocks a curve is averaged in before it is judged (mini-batch losses are noisy). */
export const BLOCKS = 10;
/** Ending this much above the first loss (relative) counts as having risen. */
export const ROSE = 0.2;
/** A last block this much above the lowest block's mean (relative) counts as climbing. */
export const CLIMBED = 0.5;

/** What a run's loss curve says about the run, with the sentence a status shows. */
export type CurveVerdict =
	| { readonly kind: 'learning' }
	| {
			readonly kind: 'rose';
			readonly first: number;
			readonly last: number;
			readonly message: string;
	  }
	| {
			readonly kind: 'climbing';
			readonly lowest: number;
			readonly last: number;
			/** The first iteration after the lowest block: about where the climb began. */
			readonly since: number;
			readonly message: string;
	  };

/** A loss as the verdicts write it: three significant figures. */
export const shownLoss = (x: number) => x.toPrecision(3);

/**
 * Judges a loss curve (oldest first) beyond overflow, which the engine reports itself: a run
 * whose loss ends far above where it started, or has climbed for many iterations, is not
 * learning even though every number is finite. The curve is cut into BLOCKS blocks of equal
 * length and each averaged, so that a mini-batch's noise is not taken for a trend:
 * 'rose' when mean(last block) > (1 + ROSE) · the first loss; 'climbing' when mean(last) >
 * (1 + CLIMBED) · min over blocks, the lowest block at least two before the last, and the
 * last two blocks each higher than the one before.
 * @example curveVerdict(points).kind // 'rose' for α = 100: 2.30 at first, 31.1 at the end
 */
export function curveVerdict(points: readonly LossPoint[]): CurveVerdict {
	const blocks = Math.min(BLOCKS, points.length);
	if (blocks < 2) return { kind: 'learning' };
	const means = Array.from({ length: blocks }, (_, b) => {
		const from = Math.floor((b * points.length) / blocks);
		const to = Math.floor(((b + 1) * points.length) / blocks);
		let sum = 0;
		for (let k = from; k < to; k++) sum += points[k].loss;
		return sum / (to - from);
	});
	// Where it started is the first loss, before any update: a large α can send the loss up by
	// its second iteration, and the first block's mean would then count that as the start.
	const [first, last] = [points[0].loss, means[blocks - 1]];
	if (last > first * (1 + ROSE)) {
		const message = `the loss rose from ${shownLoss(first)} to ${shownLoss(last)}: this run is not learning (a smaller α usually helps)`;
		return { kind: 'rose', first, last, message };
	}
	let low = 0;
	for (let b = 1; b < blocks; b++) if (means[b] < means[low]) low = b;
	const rising = means[blocks - 1] > means[blocks - 2] && means[blocks - 2] > means[blocks - 3];
	if (low <= blocks - 3 && rising && last > means[low] * (1 + CLIMBED)) {
		const since = points[Math.floor(((low + 1) * points.length) / blocks)].iteration;
		const lowest = means[low];
		const message = `the loss has been climbing since about iteration ${since}, from ${shownLoss(lowest)} to ${shownLoss(last)}: the run is getting worse (a smaller α usually helps)`;
		return { kind: 'climbing', lowest, last, since, message };
	}
	return { kind: 'learning' };
}
