/**
 * Divergence is never silent. After every step the result is scanned for NaN and ±∞; the
 * first one stops the run with a report saying where it appeared and, as far as the numbers
 * can tell, why: a value that was given that way (the data or the starting parameters), or
 * arithmetic that outgrew float64 (about 1.8 × 10³⁰⁸), which once the parameters have been
 * updated means the learning rate is too large.
 */
import type { OptimizerConfig } from '../config';
import type { Matrix } from '../matrix';
import type { Step, Values } from '../steps/step';
import type { MatrixName } from '../symbols';

/** 'input': a given value was not finite. 'overflow': a computed value outgrew float64. */
export type DivergenceCause = 'input' | 'overflow';

export interface Divergence {
	readonly stepId: Step['id'];
	/** The iteration it happened in, counting from 1. */
	readonly iteration: number;
	/** The step's result, where the bad value appeared. */
	readonly symbol: MatrixName;
	/** Where in that result, counting rows and columns from 0 as the rest of the engine does. */
	readonly row: number;
	readonly col: number;
	/** NaN, Infinity or −Infinity. */
	readonly value: number;
	readonly cause: DivergenceCause;
	/** One sentence for the learner, e.g. "Z2 became Infinity at row 3, column 5 in iteration 7 — …". */
	readonly message: string;
}

/**
 * Matrices already found finite. They are immutable, so X, reused by every iteration's A⁰
 * step (784 × m numbers), is scanned once rather than on every iteration.
 */
const finite = new WeakSet<Matrix>();

/** The first entry of `m` (row by row) that is NaN or ±∞, if any. */
export function firstNonFinite(m: Matrix): { row: number; col: number; value: number } | undefined {
	const { data } = m;
	if (finite.has(m)) return undefined;
	for (let k = 0; k < data.length; k++) {
		// x − x is 0 for every finite x and NaN for NaN and ±∞: one test instead of two.
		if (data[k] - data[k] !== 0) {
			return { row: Math.floor(k / m.shape[1]), col: k % m.shape[1], value: data[k] };
		}
	}
	finite.add(m);
	return undefined;
}

function describe(value: number): string {
	if (Number.isNaN(value)) return 'NaN (not a number)';
	return value > 0 ? 'Infinity' : '−Infinity';
}

/**
 * The divergence report for `step`'s result, or undefined if every entry is finite.
 * `values` are the step's inputs; every computed one was checked when it was made, so a
 * non-finite input can only be one that was given.
 */
export function checkStep(
	step: Step,
	result: Matrix,
	values: Values,
	iteration: number,
	optimizer: OptimizerConfig
): Divergence | undefined {
	const bad = firstNonFinite(result);
	if (bad === undefined) return undefined;
	const where = `${step.output} became ${describe(bad.value)} at row ${bad.row}, column ${bad.col} in iteration ${iteration}`;
	const report = { stepId: step.id, iteration, symbol: step.output, ...bad };
	for (const name of step.inputs) {
		const input = name === 'alpha' ? undefined : values[name];
		const given = input && firstNonFinite(input);
		if (given) {
			const message =
				`${where} — its input ${name} already held ${describe(given.value)} at row ` +
				`${given.row}, column ${given.col}, which was given, not computed: check the data ` +
				`and the starting parameters`;
			return { ...report, cause: 'input', message };
		}
	}
	const updated = iteration > 1 || step.phase === 'update';
	const why = updated
		? `the learning rate α = ${optimizer.alpha} is too large`
		: 'the data or the starting parameters are too large for float64 arithmetic';
	return { ...report, cause: 'overflow', message: `${where} — ${why}` };
}
