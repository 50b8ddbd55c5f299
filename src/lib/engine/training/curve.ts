/**
 * A whole training curve in one call, for the CLI, a Web Worker or a test: CurveRunner
 * driven for a number of iterations, reporting each point and stopping when asked or when
 * training diverges.
 */
import type { NetworkConfig, OptimizerConfig, Params } from '../config';
import { CurveRunner, type CurvePoint } from './curve-runner';
import type { Divergence } from './divergence';
import type { Matrix } from '../matrix';

export interface CurveOptions {
	/** How often to measure the test set, in iterations; 10 by default. */
	readonly every?: number;
	/** Called after every point, e.g. to post it from a Web Worker. */
	readonly onProgress?: (point: CurvePoint) => void;
	/** Asked before every iteration; true ends the run early with status 'stopped'. */
	readonly shouldStop?: () => boolean;
}

export interface CurveResult {
	readonly points: readonly CurvePoint[];
	readonly status: 'done' | 'diverged' | 'stopped';
	readonly divergence?: Divergence;
	/** The parameters after the last finished iteration. */
	readonly params: Params;
	readonly iterations: number;
}

/**
 * `iterations` iterations of training from `initParams(network)`, one point each; the test
 * set (optional) is measured every `options.every` iterations.
 */
export function trainCurve(
	x: Matrix,
	labels: ArrayLike<number>,
	testX: Matrix | undefined,
	testLabels: ArrayLike<number> | undefined,
	network: NetworkConfig,
	optimizer: OptimizerConfig,
	iterations: number,
	options: CurveOptions = {}
): CurveResult {
	const test = testX && testLabels ? { x: testX, labels: testLabels } : undefined;
	const runner = new CurveRunner({ x, labels, network, optimizer, test, every: options.every });
	return runCurve(runner, iterations, options);
}

/** Drives `runner` for up to `iterations` more iterations, reporting and stopping as asked. */
export function runCurve(
	runner: CurveRunner,
	iterations: number,
	{ onProgress, shouldStop }: Pick<CurveOptions, 'onProgress' | 'shouldStop'> = {}
): CurveResult {
	if (!Number.isInteger(iterations) || iterations < 0) {
		throw new RangeError(`runCurve: ${iterations} iterations must be a whole number ≥ 0`);
	}
	let status: CurveResult['status'] = 'done';
	for (let k = 0; k < iterations; k++) {
		if (shouldStop?.()) {
			status = 'stopped';
			break;
		}
		for (const point of runner.step(1)) onProgress?.(point);
		if (runner.diverged) {
			status = 'diverged';
			break;
		}
	}
	const { points, divergence, params } = runner;
	return { points: [...points], status, divergence, params, iterations: runner.iterations };
}
