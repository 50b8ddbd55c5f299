/**
 * Readers for the parts of a trace JSON: each takes an unknown value and its path in the
 * document, returns it typed, or throws a TraceError saying where and what is wrong.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import { checkOptimizer } from '../optim/optimizer';
import type { TraceMatrix } from './trace';

/** A trace that cannot be used; the message says where and why. */
export class TraceError extends Error {
	override name = 'TraceError';
}

export type Json = Record<string, unknown>;

/** `value` as an object (not null, not an array). */
export function object(value: unknown, path: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new TraceError(`${path}: expected an object`);
	}
	return value as Json;
}

/** `value` as a finite number. */
export function finite(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new TraceError(`${path}: expected a finite number, got ${held(value)}`);
	}
	return value;
}

/**
 * What a field holds, in words. JSON has no NaN or ∞, but a literal beyond float64 such as
 * 1e999 parses as ±Infinity, which JSON.stringify would print as "null".
 */
export function held(value: unknown): string {
	if (typeof value === 'number' && !Number.isFinite(value)) {
		return `${value > 0 ? '' : '−'}a number beyond float64's range (about 1.8e308), read as ${value > 0 ? '' : '−'}Infinity`;
	}
	return JSON.stringify(value) ?? 'nothing';
}

/** `value` as a `rows × cols` trace matrix of finite numbers. */
export function traceMatrix(value: unknown, path: string, rows: number, cols: number): TraceMatrix {
	const m = object(value, path);
	const { shape, data } = m;
	if (!Array.isArray(shape) || shape.length !== 2 || !shape.every(Number.isInteger)) {
		throw new TraceError(`${path}.shape: expected [rows, cols], got ${JSON.stringify(shape)}`);
	}
	if (shape[0] !== rows || shape[1] !== cols) {
		throw new TraceError(`${path}: shape [${shape}] should be [${rows}, ${cols}]`);
	}
	if (!Array.isArray(data) || data.length !== rows * cols) {
		const got = Array.isArray(data) ? `${data.length}` : typeof data;
		throw new TraceError(
			`${path}: shape [${rows}, ${cols}] needs ${rows * cols} numbers, got ${got}`
		);
	}
	data.forEach((x, k) => finite(x, `${path}.data[${k}]`));
	return { shape: [rows, cols], data: data as number[] };
}

/** `value` as the network settings of a trace. */
export function network(value: unknown): NetworkConfig {
	const n = object(value, 'trace.config.network');
	const hidden = finite(n.hidden, 'trace.config.network.hidden');
	if (!Number.isInteger(hidden) || hidden < 1) {
		throw new TraceError(`trace.config.network.hidden: ${hidden} must be a whole number ≥ 1`);
	}
	if (n.activation !== 'relu' && n.activation !== 'leaky-relu') {
		throw new TraceError(`trace.config.network.activation: expected 'relu' or 'leaky-relu'`);
	}
	if (n.init !== 'uniform' && n.init !== 'he') {
		throw new TraceError(`trace.config.network.init: expected 'uniform' or 'he'`);
	}
	const leakySlope = finite(n.leakySlope, 'trace.config.network.leakySlope');
	const seed = finite(n.seed, 'trace.config.network.seed');
	return { hidden, activation: n.activation, leakySlope, init: n.init, seed };
}

/** `value` as a full-batch optimizer: 'gd' or 'adam'. */
export function optimizer(value: unknown): OptimizerConfig {
	const o = object(value, 'trace.config.optimizer');
	const alpha = finite(o.alpha, 'trace.config.optimizer.alpha');
	let config: OptimizerConfig;
	if (o.kind === 'gd') config = { kind: 'gd', alpha };
	else if (o.kind === 'adam') {
		const at = (k: string) => finite(o[k], `trace.config.optimizer.${k}`);
		config = {
			kind: 'adam',
			alpha,
			beta1: at('beta1'),
			beta2: at('beta2'),
			epsilon: at('epsilon')
		};
	} else throw new TraceError(`trace.config.optimizer.kind: expected 'gd' or 'adam'`);
	try {
		checkOptimizer(config);
	} catch (error) {
		throw new TraceError(`trace.config.${(error as Error).message}`);
	}
	return config;
}
