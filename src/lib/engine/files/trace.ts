/**
 * A trace: one full iteration written out as plain JSON-ready data, so anyone can check the
 * engine with other tools (docs/check_trace.py recomputes it in numpy). It holds X, Y, the
 * parameters before, every named result, the loss, the parameters after and the settings.
 * Every matrix is `{ "shape": [rows, cols], "data": [row-major numbers] }`, named as in the
 * reference iterations. See docs/trace-format.md.
 */
import {
	PARAM_NAMES,
	type NetworkConfig,
	type OptimizerConfig,
	type ParamName,
	type Params
} from '../config';
import { currentParams } from '../steps/iteration';
import { fromData, type Matrix } from '../matrix';
import { Stepper } from '../steps/stepper';

export const TRACE_FORMAT = 'from-scratch-trace';
export const TRACE_VERSION = 1;

/** The results a trace records, in the order they are computed. */
export const TRACE_STEPS = [
	'Z1',
	'A1',
	'Z2',
	'A2',
	'dZ2',
	'dW2',
	'db2',
	'dZ1',
	'dW1',
	'db1'
] as const;
export type TraceStepName = (typeof TRACE_STEPS)[number];

export interface TraceMatrix {
	readonly shape: readonly [number, number];
	readonly data: readonly number[];
}

export interface TraceConfig {
	readonly network: NetworkConfig;
	readonly optimizer: OptimizerConfig;
	/** Images (columns) in the iteration. */
	readonly m: number;
	/** Where X came from, e.g. "MNIST train images 0–99"; free text. */
	readonly source?: string;
}

export type Trace = {
	readonly format: typeof TRACE_FORMAT;
	readonly version: typeof TRACE_VERSION;
	readonly config: TraceConfig;
	readonly labels: readonly number[];
	readonly X: TraceMatrix;
	readonly Y: TraceMatrix;
	readonly before: Readonly<Record<ParamName, TraceMatrix>>;
	readonly loss: number;
	readonly accuracy: number;
	readonly after: Readonly<Record<ParamName, TraceMatrix>>;
} & Readonly<Record<TraceStepName, TraceMatrix>>;

export interface TraceInput {
	readonly x: Matrix;
	readonly labels: ArrayLike<number>;
	readonly network: NetworkConfig;
	/** Full batch only: a trace is the first iteration over all of X, from a fresh optimizer. */
	readonly optimizer: OptimizerConfig;
	readonly params?: Params;
	readonly source?: string;
}

/** `{ shape, data }` with the data as a plain array, ready for JSON. */
export function toTraceMatrix(m: Matrix): TraceMatrix {
	return { shape: [m.shape[0], m.shape[1]], data: Array.from(m.data) };
}

/** The engine's Matrix for a trace matrix (copied into a Float64Array). */
export function fromTraceMatrix(t: TraceMatrix): Matrix {
	return fromData(t.shape[0], t.shape[1], Float64Array.from(t.data));
}

function paramsToTrace(params: Params): Record<ParamName, TraceMatrix> {
	return Object.fromEntries(PARAM_NAMES.map((n) => [n, toTraceMatrix(params[n])])) as Record<
		ParamName,
		TraceMatrix
	>;
}

/**
 * Runs iteration 1 on the lesson path and records it. Throws if the iteration diverges
 * (JSON has no NaN or ∞) or if the optimizer uses mini-batches.
 */
export function buildTrace(input: TraceInput): Trace {
	const { x, labels, network, optimizer, params, source } = input;
	if (optimizer.kind === 'minibatch' || (optimizer.kind === 'adam' && optimizer.batchSize)) {
		throw new RangeError(
			'buildTrace: a trace covers one full-batch iteration; drop the batch size'
		);
	}
	const stepper = new Stepper(x, labels, network, optimizer, params, { historyLimit: 0 });
	const state = stepper.runIteration();
	if (state.divergence) throw new Error(`buildTrace: ${state.divergence.message}`);
	const v = state.values;
	if (v.Y === undefined) throw new Error('buildTrace: Y was not set');
	const steps = Object.fromEntries(
		TRACE_STEPS.map((name) => {
			const value = v[name];
			if (value === undefined) throw new Error(`buildTrace: ${name} was not computed`);
			return [name, toTraceMatrix(value)];
		})
	) as Record<TraceStepName, TraceMatrix>;
	return {
		format: TRACE_FORMAT,
		version: TRACE_VERSION,
		config: { network: { ...network }, optimizer: { ...optimizer }, m: x.shape[1], source },
		labels: Array.from(stepper.labels),
		X: toTraceMatrix(x),
		Y: toTraceMatrix(v.Y),
		before: paramsToTrace(stepper.initial),
		...steps,
		loss: state.loss ?? NaN,
		accuracy: state.accuracy ?? NaN,
		after: paramsToTrace(currentParams(state))
	};
}
