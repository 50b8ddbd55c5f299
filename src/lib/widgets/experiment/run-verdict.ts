/**
 * How a finished experiment of one or more runs ended, in one phrase for its status line. With
 * the runs' names (as the legend says them) it names which run failed and what it did, so a
 * learner reading "finished" beside two curves knows which one to look at.
 */
import type { Divergence } from '$lib/engine/training/divergence';
import { curveVerdict, shownLoss as fmt, type LossPoint } from '$lib/engine/training/curve-trend';

export interface RunsEnd {
	/** Each run's loss curve, oldest first. */
	readonly points: readonly (readonly LossPoint[])[];
	readonly divergences: readonly (Divergence | undefined)[];
}

/** What each run's curve looks like in the chart, in the order of `names`. */
const STYLES = ['solid', 'dashed'];

/**
 * The phrase after "Iteration n of N —" once the runs are finished: "finished", or what went
 * wrong and, given `names` for two runs or more, with which: a run that overflowed ("diverged
 * in iteration 7") or one whose loss ended far above its start or climbed (curveVerdict).
 * @example runsVerdict(end, ['gradient descent, α = 100', 'Adam, α = 0.001'])
 * // 'finished, but gradient descent, α = 100 (the solid curve) is not learning: the loss rose …'
 */
export function runsVerdict(end: RunsEnd, names?: readonly string[]): string {
	const { points, divergences } = end;
	if (divergences.length > 0 && divergences.every((d) => d !== undefined)) {
		if (!names || names.length < 2) return 'stopped: diverged';
		return `stopped: ${names.length === 2 ? 'both' : 'all'} runs diverged`;
	}
	if (!names || names.length < 2) {
		for (const verdict of points.map(curveVerdict))
			if (verdict.kind !== 'learning') return `finished, but ${verdict.message}`;
		return 'finished';
	}
	const which = (k: number) =>
		STYLES[k] ? `${names[k]} (the ${STYLES[k]} curve)` : (names[k] ?? `run ${k + 1}`);
	const wrong: string[] = [];
	points.forEach((curve, k) => {
		const divergence = divergences[k];
		if (divergence) {
			wrong.push(`${which(k)} diverged in iteration ${divergence.iteration}`);
			return;
		}
		const verdict = curveVerdict(curve);
		if (verdict.kind === 'rose')
			wrong.push(
				`${which(k)} is not learning: its loss rose from ${fmt(verdict.first)} to about ${fmt(verdict.last)}`
			);
		else if (verdict.kind === 'climbing')
			wrong.push(
				`${which(k)} is getting worse: its loss has climbed since about iteration ${verdict.since}, from ${fmt(verdict.lowest)} to ${fmt(verdict.last)}`
			);
	});
	if (wrong.length === 0) return 'finished';
	const lead =
		wrong.length < points.length
			? 'finished, but'
			: points.length === 2
				? 'finished, and neither run learned:'
				: 'finished, and no run learned:';
	return `${lead} ${wrong.join('; and ')} (a smaller α usually helps)`;
}
