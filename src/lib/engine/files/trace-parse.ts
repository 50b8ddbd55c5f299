/**
 * Reads a trace back, checking everything a recomputation relies on: the format, the
 * settings, every matrix's shape against the network's, and that the data are finite numbers.
 * Each error names where it is, e.g. `trace.dW1: shape [10, 784] needs 7840 numbers, got 7839`.
 */
import { CLASSES, PARAM_NAMES } from '../config';
import { TRACE_FORMAT, TRACE_STEPS, TRACE_VERSION, type Trace, type TraceMatrix } from './trace';
import { finite, network, object, optimizer, TraceError, traceMatrix } from './trace-fields';

export { TraceError } from './trace-fields';

/**
 * The trace in `input` (JSON text or already parsed), checked; throws a TraceError otherwise.
 * @example parseTrace(JSON.stringify(buildTrace(input))) // deep-equals buildTrace(input)
 */
export function parseTrace(input: unknown): Trace {
	let value = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch (error) {
			throw new TraceError(`trace: not JSON (${(error as Error).message})`);
		}
	}
	const t = object(value, 'trace');
	if (t.format !== TRACE_FORMAT) throw new TraceError(`trace.format: expected '${TRACE_FORMAT}'`);
	if (t.version !== TRACE_VERSION) {
		throw new TraceError(
			`trace.version: ${JSON.stringify(t.version)}, this reader knows ${TRACE_VERSION}`
		);
	}
	const c = object(t.config, 'trace.config');
	const net = network(c.network);
	const opt = optimizer(c.optimizer);
	if (!Array.isArray(t.labels) || t.labels.length === 0) {
		throw new TraceError('trace.labels: expected a non-empty list of digits');
	}
	const labels = t.labels.map((y, j) => {
		if (!Number.isInteger(y) || y < 0 || y >= CLASSES) {
			throw new TraceError(`trace.labels[${j}]: ${JSON.stringify(y)} is not a digit 0..9`);
		}
		return y as number;
	});
	const m = labels.length;
	if (c.m !== m) throw new TraceError(`trace.config.m: ${c.m}, but there are ${m} labels`);
	if (c.source !== undefined && typeof c.source !== 'string') {
		throw new TraceError('trace.config.source: expected text');
	}
	const inputs = object(t.X, 'trace.X').shape;
	const rows = Array.isArray(inputs) && Number.isInteger(inputs[0]) ? (inputs[0] as number) : -1;
	if (rows < 1) throw new TraceError('trace.X.shape: expected [inputs, m]');
	const h = net.hidden;
	const shapes: Record<string, [number, number]> = {
		W1: [h, rows],
		b1: [h, 1],
		W2: [CLASSES, h],
		b2: [CLASSES, 1],
		Z1: [h, m],
		A1: [h, m],
		Z2: [CLASSES, m],
		A2: [CLASSES, m],
		dZ2: [CLASSES, m],
		dW2: [CLASSES, h],
		db2: [CLASSES, 1],
		dZ1: [h, m],
		dW1: [h, rows],
		db1: [h, 1]
	};
	const params = (key: 'before' | 'after') => {
		const p = object(t[key], `trace.${key}`);
		const entries = PARAM_NAMES.map((n) => [
			n,
			traceMatrix(p[n], `trace.${key}.${n}`, ...shapes[n])
		]);
		return Object.fromEntries(entries) as Trace['before'];
	};
	const Y = traceMatrix(t.Y, 'trace.Y', CLASSES, m);
	labels.forEach((y, j) => {
		for (let i = 0; i < CLASSES; i++) {
			if (Y.data[i * m + j] !== (i === y ? 1 : 0)) {
				throw new TraceError(`trace.Y: column ${j} is not the one-hot of label ${y}`);
			}
		}
	});
	const steps = Object.fromEntries(
		TRACE_STEPS.map((n) => [n, traceMatrix(t[n], `trace.${n}`, ...shapes[n])])
	);
	return {
		format: TRACE_FORMAT,
		version: TRACE_VERSION,
		config: {
			network: net,
			optimizer: opt,
			m,
			...(c.source === undefined ? {} : { source: c.source as string })
		},
		labels,
		X: traceMatrix(t.X, 'trace.X', rows, m),
		Y,
		before: params('before'),
		...(steps as Record<(typeof TRACE_STEPS)[number], TraceMatrix>),
		loss: finite(t.loss, 'trace.loss'),
		accuracy: finite(t.accuracy, 'trace.accuracy'),
		after: params('after')
	};
}
