/**
 * Readers for the parts of a saved parameters file: each takes an unknown value and its path
 * in the document, returns it typed, or throws a ParamsFileError saying where and what.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import { fromData, type Matrix } from '../matrix';
import { checkOptimizer } from '../optim/optimizer';
import { finite, object } from './trace-fields';

/** A file that cannot be used; the message says which field and why. */
export class ParamsFileError extends Error {
	override name = 'ParamsFileError';
}

/** `value` as a whole number from `min` to `max`. */
export function wholeNumber(value: unknown, path: string, min: number, max = Infinity): number {
	const n = finite(value, path);
	if (!Number.isInteger(n) || n < min || n > max) {
		const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`;
		throw new ParamsFileError(`${path}: ${n} must be a whole number ${range}`);
	}
	return n;
}

/** `value` as the `setup.network` of a file. */
export function readNetwork(value: unknown): NetworkConfig {
	const n = object(value, 'setup.network');
	const hidden = wholeNumber(n.hidden, 'setup.network.hidden', 1);
	if (n.activation !== 'relu' && n.activation !== 'leaky-relu') {
		throw new ParamsFileError(
			`setup.network.activation: ${JSON.stringify(n.activation)} is not 'relu' or 'leaky-relu'`
		);
	}
	if (n.init !== 'uniform' && n.init !== 'he') {
		throw new ParamsFileError(
			`setup.network.init: ${JSON.stringify(n.init)} is not 'uniform' or 'he'`
		);
	}
	const leakySlope = finite(n.leakySlope, 'setup.network.leakySlope');
	const seed = wholeNumber(n.seed, 'setup.network.seed', 0, 2 ** 32 - 1);
	return { hidden, activation: n.activation, leakySlope, init: n.init, seed };
}

/** `value` as the `setup.optimizer` of a file: gradient descent, mini-batch or Adam. */
export function readOptimizer(value: unknown): OptimizerConfig {
	const o = object(value, 'setup.optimizer');
	const alpha = finite(o.alpha, 'setup.optimizer.alpha');
	const at = (k: string) => finite(o[k], `setup.optimizer.${k}`);
	const batch = () => wholeNumber(o.batchSize, 'setup.optimizer.batchSize', 1);
	let config: OptimizerConfig;
	if (o.kind === 'gd') config = { kind: 'gd', alpha };
	else if (o.kind === 'minibatch') config = { kind: 'minibatch', alpha, batchSize: batch() };
	else if (o.kind === 'adam') {
		const [beta1, beta2, epsilon] = [at('beta1'), at('beta2'), at('epsilon')];
		config =
			o.batchSize === undefined
				? { kind: 'adam', alpha, beta1, beta2, epsilon }
				: { kind: 'adam', alpha, beta1, beta2, epsilon, batchSize: batch() };
	} else {
		throw new ParamsFileError(
			`setup.optimizer.kind: ${JSON.stringify(o.kind)} is not 'gd', 'minibatch' or 'adam'`
		);
	}
	try {
		checkOptimizer(config);
	} catch (error) {
		throw new ParamsFileError(`setup.${(error as Error).message}`);
	}
	return config;
}

/** A `rows × cols` matrix of finite numbers, whose shape follows from `hidden`. */
export function readMatrix(
	value: unknown,
	path: string,
	[rows, cols]: readonly [number, number],
	hidden: number
): Matrix {
	const { shape, data } = object(value, path);
	if (!Array.isArray(shape) || shape.length !== 2 || !shape.every(Number.isInteger)) {
		throw new ParamsFileError(`${path}.shape: expected [rows, cols], got ${JSON.stringify(shape)}`);
	}
	if (shape[0] !== rows || shape[1] !== cols) {
		throw new ParamsFileError(
			`${path}: shape [${shape.join(', ')}] should be [${rows}, ${cols}] ` +
				`(hidden = ${hidden} in setup.network.hidden)`
		);
	}
	if (!Array.isArray(data) || data.length !== rows * cols) {
		const got = Array.isArray(data) ? `${data.length}` : (JSON.stringify(data) ?? 'nothing');
		throw new ParamsFileError(
			`${path}.data: shape [${rows}, ${cols}] needs ${rows * cols} numbers, got ${got}`
		);
	}
	const numbers = new Float64Array(data.length);
	data.forEach((x, k) => (numbers[k] = finite(x, `${path}.data[${k}]`)));
	return fromData(rows, cols, numbers);
}

/** `value` as a fraction from 0 to 1, or undefined when the field is absent. */
export function fraction(value: unknown, path: string): number | undefined {
	if (value === undefined) return undefined;
	const x = finite(value, path);
	if (x < 0 || x > 1) throw new ParamsFileError(`${path}: ${x} is not a fraction from 0 to 1`);
	return x;
}
