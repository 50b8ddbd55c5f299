import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Scope } from './names';
import { array, type DType } from './ndarray';
import { NotebookError, PYTHON_ERROR } from './notebook-error';
import cases from './numpy-cases.json';
import type { Value } from './values';

// numpy's answers for every expression, written by scripts/numpy-cases.py (numpy float64).
type Number_ = number | 'nan' | 'inf' | '-inf';
interface Case {
	expr: string;
	shape?: number[];
	dtype?: DType;
	data?: Number_[];
	tuple?: number[];
	error?: { type: string; message: string };
}

const decode = (x: Number_) =>
	x === 'nan' ? NaN : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : x;

const values: Record<string, ReturnType<typeof array>> = {};
const numbers: Record<string, ReturnType<typeof array>> = {};
for (const [name, v] of Object.entries(cases.scope)) {
	const a = array(v.shape, Float64Array.from(v.data as Number_[], decode), v.dtype as DType);
	if (v.shape.length === 0) numbers[name] = a;
	else values[name] = a;
}
const scope: Scope = { values, numbers };

function run(expr: string): Value {
	const result = evaluate(expr, scope).last;
	if (!result) throw new Error(`${expr} gave no value`);
	return result;
}

const all = cases.cases as Case[];
const results = all.filter((c) => c.shape);
const tuples = all.filter((c) => c.tuple);
const errors = all.filter((c) => c.error);

/** numpy's "(2,3)" as Python's tuple repr, which the evaluator's messages use: "(2, 3)". */
const spaced = (shape: string) => shape.replaceAll(',', ', ').replace(', )', ',)');

describe('the evaluator against numpy', () => {
	it.each(results)('$expr has numpy’s shape, dtype and values', (c) => {
		const v = run(c.expr);
		expect(v.kind).toBe('array');
		if (v.kind !== 'array') return;
		expect(v.shape).toEqual(c.shape);
		expect(v.dtype).toBe(c.dtype);
		const expected = (c.data ?? []).map(decode);
		const scale = Math.max(1, ...expected.filter(Number.isFinite).map(Math.abs));
		expected.forEach((x, k) => {
			if (Number.isFinite(x)) expect(Math.abs(v.data[k] - x)).toBeLessThanOrEqual(1e-12 * scale);
			else expect(v.data[k]).toBe(x);
		});
	});

	it.each(tuples)('$expr is the tuple numpy gives', (c) => {
		const v = run(c.expr);
		expect(v.kind).toBe('tuple');
		if (v.kind === 'tuple')
			expect(v.items.map((i) => i.kind === 'array' && i.data[0])).toEqual(c.tuple);
	});

	it.each(errors)('$expr raises numpy’s error, naming what numpy names', (c) => {
		let caught: unknown;
		try {
			run(c.expr);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(NotebookError);
		const error = caught as NotebookError;
		expect(PYTHON_ERROR[error.kind]).toBe(c.error?.type);
		const message = c.error?.message ?? '';
		// Every shape numpy names is named too (numpy writes them without spaces).
		for (const [shape] of message.matchAll(/\([\d,]*\)/g)) {
			if (!message.includes('signature')) expect(error.message).toContain(spaced(shape));
		}
		// numpy's matmul names the two sizes that differ, not the shapes; both must be there.
		const sizes = /size (\d+) is different from (\d+)/.exec(message);
		if (sizes) {
			expect(error.message).toMatch(new RegExp(`\\b${sizes[1]} \\(dim \\d\\)`));
			expect(error.message).toMatch(new RegExp(`\\b${sizes[2]} \\(dim \\d\\)`));
		}
		const aligned = /(\d+ \(dim \d\) != \d+ \(dim \d\))/.exec(message);
		if (aligned) expect(error.message).toContain(aligned[1]);
		// Where numpy's words are plain (not its gufunc signatures), they are the same words.
		if (!/signature|^shapes/.test(message)) {
			expect(error.message.replaceAll(', ', ',')).toBe(message.trim().replaceAll(', ', ','));
		}
	});
});
