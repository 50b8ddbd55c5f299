/**
 * The notes' training loop — full-batch gradient descent, W := W − α dW — run correctly or
 * with one of their slips (see errata.ts), on the same data from the same seed, so a widget
 * can plot the two curves side by side. Built on CurveRunner: each iteration is the lesson's
 * steps with the slip swapped in, and NaN or ±∞ ends the run with a Divergence report.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import { CurveRunner } from '../training/curve-runner';
import { runCurve, type CurveResult } from '../training/curve';
import { initRandnMinusHalf, variantSteps, type TrainingVariant } from './errata';
import { initParams } from '../init';
import type { Matrix } from '../matrix';

export interface VariantPoint {
	readonly iteration: number;
	/** Mean cross-entropy over all of X before this iteration's update. */
	readonly loss: number;
	/** Fraction of X predicted right, 0..1. */
	readonly accuracy: number;
}

export interface VariantRun extends Omit<CurveResult, 'points'> {
	readonly variant: TrainingVariant;
	readonly points: readonly VariantPoint[];
}

/**
 * A CurveRunner for `variant`: full-batch gradient descent at rate `alpha`, starting from
 * initParams(network), or from initRandnMinusHalf(network) for 'randn-init'. Step it a few
 * iterations per frame to draw the curve as it grows.
 */
export function variantRunner(
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	alpha: number,
	variant: TrainingVariant
): CurveRunner {
	const optimizer: OptimizerConfig = { kind: 'gd', alpha };
	const params = variant === 'randn-init' ? initRandnMinusHalf(network) : initParams(network);
	const steps = variantSteps(network, optimizer, variant);
	return new CurveRunner({ x, labels, network, optimizer, params, steps });
}

/**
 * `iterations` iterations of `variant`, one { loss, accuracy } per iteration, stopping at
 * the first NaN or ±∞ with status 'diverged' and the report.
 * @example trainVariant(x, y, DEFAULT_NETWORK, 0.1, 100, 'scalar-db').points.at(-1)?.accuracy
 */
export function trainVariant(
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	alpha: number,
	iterations: number,
	variant: TrainingVariant
): VariantRun {
	const { points, ...rest } = runCurve(
		variantRunner(x, labels, network, alpha, variant),
		iterations
	);
	return {
		...rest,
		variant,
		points: points.map(({ iteration, loss, trainAccuracy }) => ({
			iteration,
			loss,
			accuracy: trainAccuracy
		}))
	};
}
