import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES } from '../config';
import { matrix } from '../matrix';
import { Rng } from '../rng';
import { referenceCases } from '../../../../scripts/lib/reference-fixture';
import { buildTrace, fromTraceMatrix, TRACE_STEPS, toTraceMatrix, type TraceInput } from './trace';
import { parseTrace, TraceError } from './trace-parse';

function input(overrides: Partial<TraceInput> = {}): TraceInput {
	const rng = new Rng(8, 3);
	const m = 4;
	return {
		x: matrix(
			784,
			m,
			Array.from({ length: 784 * m }, () => (rng.uniform() < 0.8 ? 0 : rng.uniform()))
		),
		labels: [3, 1, 4, 1],
		network: DEFAULT_NETWORK,
		optimizer: { kind: 'gd', alpha: 0.1 },
		source: 'seeded test images',
		...overrides
	};
}

/** A trace as parsed JSON, loosely typed, to break on purpose. */
interface JsonMatrix {
	shape: number[];
	data: unknown[];
}
type TraceJson = Record<string, unknown> & {
	dW1: JsonMatrix;
	db2: JsonMatrix;
	Z1: JsonMatrix;
	after: Record<string, JsonMatrix | undefined>;
	config: Record<string, unknown> & {
		network: Record<string, unknown>;
		optimizer: Record<string, unknown>;
	};
};
const json = (): TraceJson => JSON.parse(JSON.stringify(buildTrace(input())));

describe('buildTrace', () => {
	it('records numpy’s iteration: X, Y, parameters before and after, every result and the loss', () => {
		const numpy = referenceCases().find((c) => c.name === 'relu-gd')!;
		const trace = buildTrace({
			x: numpy.x,
			labels: numpy.set.labels,
			network: DEFAULT_NETWORK,
			optimizer: numpy.optimizer,
			params: numpy.init,
			source: 'the numpy reference'
		});
		const [first] = numpy.iterations;
		const close = (got: { data: readonly number[] }, want: { data: ArrayLike<number> }) => {
			expect(got.data).toHaveLength(want.data.length);
			got.data.forEach((v, k) => expect(v).toBeCloseTo(want.data[k], 12));
		};
		for (const name of TRACE_STEPS) close(trace[name], first.values[name]);
		for (const name of PARAM_NAMES) {
			expect(trace.before[name]).toEqual(toTraceMatrix(numpy.init[name]));
			close(trace.after[name], first.after[name]);
		}
		expect(trace.loss).toBeCloseTo(first.loss, 12);
		const a2 = first.values.A2;
		const right = trace.labels.filter((label, j) => {
			const column = Array.from({ length: 10 }, (_, i) => a2.data[i * 8 + j]);
			return column.indexOf(Math.max(...column)) === label;
		}).length;
		expect(trace.accuracy).toBe(right / 8);
		expect(trace.X).toEqual(toTraceMatrix(numpy.x));
		expect(trace.labels).toEqual(Array.from(numpy.set.labels));
		// Y is the one-hot of the labels: a single 1 per column, in the label's row.
		expect(trace.Y.shape).toEqual([10, 8]);
		trace.labels.forEach((label, j) =>
			expect(Array.from({ length: 10 }, (_, i) => trace.Y.data[i * 8 + j])).toEqual(
				Array.from({ length: 10 }, (_, i) => (i === label ? 1 : 0))
			)
		);
		expect(trace.config).toMatchObject({ m: 8, source: 'the numpy reference' });
		expect(trace.dW1.shape).toEqual([10, 784]);
		expect(trace.db1.shape).toEqual([10, 1]);
	});

	it('survives JSON exactly: parsing the text gives back the same numbers', () => {
		const trace = buildTrace(
			input({ optimizer: { kind: 'adam', alpha: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } })
		);
		const parsed = parseTrace(JSON.stringify(trace));
		expect(parsed).toEqual(JSON.parse(JSON.stringify(trace)));
		expect(fromTraceMatrix(parsed.dW1).data).toEqual(fromTraceMatrix(trace.dW1).data);
	});

	it('refuses mini-batches and iterations that diverge', () => {
		expect(() =>
			buildTrace(input({ optimizer: { kind: 'minibatch', alpha: 0.1, batchSize: 2 } }))
		).toThrow('full-batch');
		const x = input().x.data.slice();
		x[0] = NaN;
		expect(() => buildTrace(input({ x: matrix(784, 4, x) }))).toThrow(/A0 became NaN/);
	});
});

describe('parseTrace', () => {
	it.each([
		{ name: 'text that is not JSON', break: () => '{', error: 'trace: not JSON' },
		{
			name: 'a wrong format',
			break: (t: TraceJson) => ({ ...t, format: 'x' }),
			error: 'trace.format'
		},
		{
			name: 'a newer version',
			break: (t: TraceJson) => ({ ...t, version: 2 }),
			error: 'trace.version: 2'
		},
		{
			name: 'a matrix with a number missing',
			break: (t: TraceJson) => ({ ...t, dW1: { ...t.dW1, data: t.dW1.data.slice(1) } }),
			error: 'trace.dW1: shape [10, 784] needs 7840 numbers, got 7839'
		},
		{
			name: 'a matrix of the wrong shape',
			break: (t: TraceJson) => ({ ...t, db2: { shape: [1, 10], data: t.db2.data } }),
			error: 'trace.db2: shape [1,10] should be [10, 1]'
		},
		{
			name: 'a value that is not a number',
			break: (t: TraceJson) => ({ ...t, Z1: { ...t.Z1, data: [null, ...t.Z1.data.slice(1)] } }),
			error: 'trace.Z1.data[0]: expected a finite number, got null'
		},
		{
			name: 'a missing parameter',
			break: (t: TraceJson) => ({ ...t, after: { ...t.after, W2: undefined } }),
			error: 'trace.after.W2: expected an object'
		},
		{
			name: 'a label that is not a digit',
			break: (t: TraceJson) => ({ ...t, labels: [3, 1, 4, 10] }),
			error: 'trace.labels[3]: 10 is not a digit 0..9'
		},
		{
			name: 'Y that does not match the labels',
			break: (t: TraceJson) => ({ ...t, labels: [3, 1, 4, 2] }),
			error: 'trace.Y: column 3 is not the one-hot of label 2'
		},
		{
			name: 'an unknown activation',
			break: (t: TraceJson) => ({
				...t,
				config: { ...t.config, network: { ...t.config.network, activation: 'tanh' } }
			}),
			error: 'trace.config.network.activation'
		},
		{
			name: 'a negative learning rate',
			break: (t: TraceJson) => ({
				...t,
				config: { ...t.config, optimizer: { kind: 'gd', alpha: -1 } }
			}),
			error: 'trace.config.optimizer: α = -1 must be a finite number > 0'
		},
		{
			name: 'a missing loss',
			break: (t: TraceJson) => ({ ...t, loss: undefined }),
			error: 'trace.loss'
		}
	])('rejects $name with a message saying where', ({ break: spoil, error }) => {
		const bad = spoil(json());
		expect(() => parseTrace(bad)).toThrow(TraceError);
		expect(() => parseTrace(bad)).toThrow(error);
	});
});
