/**
 * The judgement on one run of a cell: its result against the engine's value for that line.
 * It matches (with the largest difference); or it is right for the learner's own inputs (their
 * Z1 differs, their A1 line is right); or its shape differs, explained; or its values differ,
 * with the largest difference and where, and the notes' slip when it is one. Errors come back
 * as numpy words them. Judged on values and shapes, so any correct spelling passes.
 */
import type { Matrix } from '../matrix';
import type { Values } from '../steps';
import type { CellName } from './cells';
import { compareWith, type Comparison } from './compare';
import { evaluate } from './evaluate';
import type { Scope } from './names';
import type { NdArray } from './ndarray';
import { NotebookError } from './notebook-error';
import { overflows } from './probe';
import { stepOn, type Reference } from './reference';
import { isTransposeOf, scaleFactor, scaleText } from './relations';
import { shapeExplanation } from './shapes';
import { recogniseSlip, type KnownSlip } from './slips';

export type VerdictKind = 'match' | 'own-inputs' | 'shape' | 'values' | 'error';

export interface CellError {
	/** "ValueError: matmul: shapes (10, 784) and (8, 784) are not aligned: …" */
	readonly display: string;
	readonly hint?: string;
	/** The span of code that raised it. */
	readonly from?: number;
	readonly to?: number;
}

export interface Verdict {
	readonly kind: VerdictKind;
	/** What the cell computed: its target, or its last bare expression. */
	readonly result?: NdArray;
	readonly comparison?: Comparison;
	readonly error?: CellError;
	readonly slip?: KnownSlip;
	/** A teacher's sentences, in the order to read them. */
	readonly notes: readonly string[];
	/** True when the cell assigned its name, so that later cells use the learner's value. */
	readonly passesOn?: boolean;
	/** The scope's names the code read. */
	readonly read?: readonly string[];
}

function asError(error: unknown): CellError {
	if (error instanceof NotebookError) {
		return { display: error.display, hint: error.hint, from: error.from, to: error.to };
	}
	// Not one of ours: still a message, never a crash.
	return {
		display: `This line could not run: ${error instanceof Error ? error.message : String(error)}`
	};
}

/** Runs `code` for `cell` with `scope` and judges it against `reference`. */
export function judge(
	cell: CellName,
	code: string,
	scope: Scope,
	values: Values,
	reference: Reference
): Verdict {
	let result: NdArray;
	let passesOn: boolean;
	let read: readonly string[];
	const notes: string[] = [];
	try {
		const run = evaluate(code, scope);
		read = run.read;
		passesOn = run.assigned.has(cell);
		const value = run.assigned.get(cell) ?? run.last;
		if (!value) {
			const error = `The cell never assigns ${cell}: write ${cell} = …`;
			return { kind: 'error', error: { display: error }, notes };
		}
		if (value.kind !== 'array') {
			return {
				kind: 'error',
				error: { display: `${cell} should be an array; this is a ${value.kind}.` },
				notes
			};
		}
		if (!passesOn)
			notes.push(
				`Not assigned to ${cell}, so later cells use the engine’s ${cell}: write ${cell} = … to pass yours on.`
			);
		result = value;
	} catch (error) {
		return { kind: 'error', error: asError(error), notes };
	}
	const expected = reference.value[cell];
	const comparison = compareWith(result, expected);
	const context = {
		cell,
		values,
		network: reference.input.network,
		alpha: reference.input.alpha,
		m: reference.m
	};
	if (comparison.kind === 'match') {
		if (cell === 'A2' && overflows(code, scope)) {
			const slip = {
				id: 'overflow-prone',
				text: 'Right for these scores, but add 800 to every score — which changes no probability — and this line gives NaN: e^z overflows past about 709.78. Subtract each column’s max first.',
				appendix: 'A softmax that overflows'
			};
			return { kind: 'match', result, comparison, slip, notes, passesOn, read };
		}
		return { kind: 'match', result, comparison, notes, passesOn, read };
	}
	const own = ownInputs(cell, values, reference);
	if (own && compareWith(result, own).kind === 'match') {
		return { kind: 'own-inputs', result, comparison, notes, passesOn, read };
	}
	const slip = recogniseSlip(result, context);
	if (comparison.kind === 'shape') {
		notes.unshift(
			shapeExplanation(cell, comparison.got, comparison.want, reference.m, slip?.id === 'scalar-db')
		);
		return { kind: 'shape', result, comparison, slip, notes, passesOn, read };
	}
	if (!slip) notes.unshift(...relationNotes(result, own ?? expected, reference.m));
	return { kind: 'values', result, comparison, slip, notes, passesOn, read };
}

/** The engine's line on the learner's inputs, when those differ from the engine's. */
function ownInputs(cell: CellName, values: Values, reference: Reference): Matrix | undefined {
	const before = reference.before[cell];
	const differs = Object.entries(values).some(([name, v]) => v !== before[name as keyof Values]);
	return differs ? stepOn(reference, cell, values) : undefined;
}

function relationNotes(result: NdArray, expected: Matrix, m: number): string[] {
	const c = scaleFactor(result, expected);
	const scaled = c === undefined ? undefined : scaleText(c, m);
	if (scaled) return [scaled];
	if (isTransposeOf(result, expected)) {
		return [
			'Yours is the transpose of the engine’s: the product is in the other order (or a .T is missing or extra).'
		];
	}
	return [];
}
