/**
 * The whole notebook for one iteration: the cells the learner has run, in the iteration's
 * order, each with the names in scope just before its line — the engine's values, except where
 * the learner's own earlier cells assigned them, whose results flow on as in a real notebook.
 * Each cell is judged, and told which of its inputs are the learner's and differ from the
 * engine's. A pure function of the reference and the code, so changing the lesson re-runs it.
 */
import type { Matrix } from '../matrix';
import type { Values } from '../steps';
import { CELL_NAMES, cellChapter, isUpdate, type CellName } from './cells';
import { compareWith } from './compare';
import type { Scope } from './names';
import { scalar, toMatrix, type NdArray } from './ndarray';
import type { Reference } from './reference';
import { judge, type Verdict } from './verdict';

/** The code each run cell was last run with. */
export type Ran = Readonly<Partial<Record<CellName, string>>>;

/** A learner's value in a cell's scope that is not the engine's. */
export interface InputNote {
	readonly name: CellName;
	/** The largest difference from the engine's, or undefined when even the shape differs. */
	readonly largest?: number;
}

export interface CellOutcome {
	readonly cell: CellName;
	readonly code: string;
	readonly verdict: Verdict;
}

export interface NotebookRun {
	readonly outcomes: Readonly<Partial<Record<CellName, CellOutcome>>>;
	/** For every cell, its inputs that are the learner's and differ from the engine's. */
	readonly differing: Readonly<Record<CellName, readonly InputNote[]>>;
	/** The learner's own value of each cell that ran and assigned its name. */
	readonly yours: Readonly<Partial<Record<CellName, NdArray>>>;
}

function pending(cell: CellName): (name: string) => string | undefined {
	const here = CELL_NAMES.indexOf(cell);
	return (name) => {
		const k = CELL_NAMES.indexOf(name as CellName);
		if (k < 0 || isUpdate(name as CellName)) return undefined;
		if (k === here)
			return `${name} is what this cell computes: write ${name} = … from the names before it.`;
		if (k > here) {
			return `${name} is not computed yet at this point of the iteration: it comes after ${cell} (chapter ${cellChapter(name as CellName)}).`;
		}
		return undefined;
	};
}

/** The learner's value against the engine's, as a note, or undefined when they agree. */
function note(name: CellName, yours: NdArray, engine: Matrix): InputNote | undefined {
	const c = compareWith(yours, engine);
	if (c.kind === 'match') return undefined;
	return { name, largest: c.kind === 'values' ? c.largest : undefined };
}

/** Runs every cell in `ran` in the iteration's order against `reference`. */
export function runNotebook(reference: Reference, ran: Ran): NotebookRun {
	const yours: Partial<Record<CellName, NdArray>> = {};
	const notes: Partial<Record<CellName, InputNote>> = {};
	const outcomes: Partial<Record<CellName, CellOutcome>> = {};
	const differing = {} as Record<CellName, InputNote[]>;
	const numbers = { m: scalar(reference.m, 'int64'), alpha: scalar(reference.input.alpha) };
	for (const cell of CELL_NAMES) {
		const values: Record<string, Matrix | NdArray | undefined> = {
			...reference.before[cell],
			...yours
		};
		const inputs: readonly string[] = reference.step[cell].inputs;
		const noted = (read: readonly string[]) =>
			CELL_NAMES.filter((n) => (inputs.includes(n) || read.includes(n)) && notes[n]).map(
				(n) => notes[n] as InputNote
			);
		differing[cell] = noted([]);
		const code = ran[cell];
		if (code === undefined) continue;
		const scope: Scope = { values, numbers, pending: pending(cell) };
		// The engine's operations take 2-D matrices; a learner's 1-D or scalar result is left out.
		const matrices: Values = Object.fromEntries(
			Object.entries(values).flatMap(([n, v]) =>
				v && 'kind' in v ? (v.shape.length === 2 ? [[n, toMatrix(v)]] : []) : [[n, v]]
			)
		);
		const verdict = judge(cell, code, scope, matrices, reference);
		outcomes[cell] = { cell, code, verdict };
		differing[cell] = noted(verdict.read ?? []);
		if (verdict.result && verdict.passesOn) {
			yours[cell] = verdict.result;
			const differs = note(cell, verdict.result, reference.value[cell]);
			if (differs) notes[cell] = differs;
		}
	}
	return { outcomes, differing, yours };
}
