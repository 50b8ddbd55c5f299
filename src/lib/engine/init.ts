/**
 * The starting parameters, drawn from one seeded generator in a fixed order — W¹, b¹, W², b²,
 * each row by row — so the same seed gives the same bits on every machine.
 *
 * 'uniform' is the notes' `np.random.rand(…) − 0.5`: every entry from U[−0.5, 0.5). The
 * generator is numpy's own (see mt19937.ts), so seed s gives exactly the weights the notes'
 * code draws after `np.random.seed(s)`.
 * 'he' is N(0, 2 / fan-in) for weights (fan-in 784 for W¹, `hidden` for W²) with zero
 * biases, which keeps the variance of Z about the same from layer to layer under ReLU.
 */
import { CLASSES, INPUTS, type NetworkConfig, type Params } from './config';
import { fromData, type Matrix } from './matrix';
import { NumpyRandom } from './mt19937';

function uniformMatrix(rng: NumpyRandom, rows: number, cols: number): Matrix {
	const data = new Float64Array(rows * cols);
	for (let k = 0; k < data.length; k++) data[k] = rng.uniform() - 0.5;
	return fromData(rows, cols, data);
}

function heMatrix(rng: NumpyRandom, rows: number, cols: number): Matrix {
	const std = Math.sqrt(2 / cols);
	const data = new Float64Array(rows * cols);
	for (let k = 0; k < data.length; k++) data[k] = rng.normal() * std;
	return fromData(rows, cols, data);
}

/**
 * W¹ (hidden × 784), b¹ (hidden × 1), W² (10 × hidden), b² (10 × 1) for `config`.
 * @example initParams({ ...DEFAULT_NETWORK, seed: 1 }).W1.shape // [10, 784]
 */
export function initParams(config: NetworkConfig): Params {
	const { hidden, init, seed } = config;
	if (!Number.isInteger(hidden) || hidden < 1) {
		throw new RangeError(`initParams: hidden = ${hidden} must be a whole number ≥ 1`);
	}
	const rng = new NumpyRandom(seed);
	if (init === 'uniform') {
		return {
			W1: uniformMatrix(rng, hidden, INPUTS),
			b1: uniformMatrix(rng, hidden, 1),
			W2: uniformMatrix(rng, CLASSES, hidden),
			b2: uniformMatrix(rng, CLASSES, 1)
		};
	}
	if (init === 'he') {
		return {
			W1: heMatrix(rng, hidden, INPUTS),
			b1: fromData(hidden, 1, new Float64Array(hidden)),
			W2: heMatrix(rng, CLASSES, hidden),
			b2: fromData(CLASSES, 1, new Float64Array(CLASSES))
		};
	}
	throw new RangeError(`initParams: unknown init '${String(init)}'`);
}
