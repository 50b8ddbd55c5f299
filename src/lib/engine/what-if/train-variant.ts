/**
 * The notes' training loop — full-batch gradient descent, W := W − α dW — run correctly or
 * with one of their slips (see errata.ts), on the same data from the same seed, so a widget
 * can grow the two curves side by side. A CurveRunner: each iteration is the lesson's steps
 * with the slip swapped in, and NaN or ±∞ ends the run with a Divergence report.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import { CurveRunner } from '../training/curve-runner';
import { initRandnMinusHalf, variantSteps, type TrainingVariant } from './errata';
import { initParams } from '../init';
import type { Matrix } from '../matrix';

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
