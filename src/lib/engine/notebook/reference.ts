/**
 * What the engine computes for every line of one iteration, from where that iteration starts
 * (its X, Y and parameters): the value each cell is judged against, and the names in scope
 * just before each line. It runs the lesson's own steps, so a value the page already shows is
 * the very same number here. The updates are the notes' gradient descent, W − α dW.
 */
import type { NetworkConfig, Params } from '../config';
import type { Matrix } from '../matrix';
import { EMPTY_OPTIMIZER_STATE } from '../optim/optimizer';
import { lessonSteps, type Step, type Values } from '../steps';
import { CELL_NAMES, cellStep, type CellName } from './cells';

export interface ReferenceInput {
	/** This iteration's images as columns (784 × m) and their one-hot labels (10 × m). */
	readonly x: Matrix;
	readonly y: Matrix;
	/** The parameters the iteration starts from. */
	readonly start: Params;
	readonly network: NetworkConfig;
	readonly alpha: number;
}

export interface Reference {
	readonly input: ReferenceInput;
	/** The number of images, X's columns. */
	readonly m: number;
	/** The engine's values just before each cell's line, in the iteration's order. */
	readonly before: Readonly<Record<CellName, Values>>;
	/** The engine's result of each cell's line. */
	readonly value: Readonly<Record<CellName, Matrix>>;
	/** The lesson's step behind each cell, to apply to a learner's own inputs. */
	readonly step: Readonly<Record<CellName, Step>>;
}

/**
 * Runs the fifteen steps of one iteration from `input` and keeps every line's before and after.
 * @example referenceIteration(input).value.db2 // the engine's db², 10 × 1
 */
export function referenceIteration(input: ReferenceInput): Reference {
	const { x, y, start, network, alpha } = input;
	const optimizer = { kind: 'gd', alpha } as const;
	const steps = lessonSteps(network, optimizer);
	let values: Values = { X: x, Y: y, ...start };
	const before: Partial<Record<CellName, Values>> = {};
	const value: Partial<Record<CellName, Matrix>> = {};
	const step: Partial<Record<CellName, Step>> = {};
	const cells = new Map(CELL_NAMES.map((name) => [cellStep(name), name]));
	for (const s of steps) {
		const cell = cells.get(s.id);
		if (cell) {
			before[cell] = values;
			step[cell] = s;
		}
		const result = s.compute({ values, network, optimizer, optimizerState: EMPTY_OPTIMIZER_STATE });
		values = Object.freeze({ ...values, [s.output]: result.value });
		if (cell) value[cell] = result.value;
	}
	return Object.freeze({
		input,
		m: x.shape[1],
		before: before as Record<CellName, Values>,
		value: value as Record<CellName, Matrix>,
		step: step as Record<CellName, Step>
	});
}

/** The engine's step applied to other inputs (a learner's own Z¹, say), or undefined if it cannot run. */
export function stepOn(reference: Reference, cell: CellName, values: Values): Matrix | undefined {
	const { network, alpha } = reference.input;
	try {
		return reference.step[cell].compute({
			values,
			network,
			optimizer: { kind: 'gd', alpha },
			optimizerState: EMPTY_OPTIMIZER_STATE
		}).value;
	} catch {
		return undefined;
	}
}
