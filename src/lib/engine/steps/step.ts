/**
 * What one named step of an iteration is: the equation a learner reads (TeX and plain text),
 * the symbols it reads and writes, and a pure function computing its result.
 */
import type { NetworkConfig, OptimizerConfig } from '../config';
import type { Matrix } from '../matrix';
import type { OptimizerState } from '../optim/optimizer';
import type { MatrixName, SymbolName } from '../symbols';

/** Every step of one iteration, in the notes' order: forward, backward, then the updates. */
export const STEP_IDS = [
	'A0',
	'Z1',
	'A1',
	'Z2',
	'A2',
	'dZ2',
	'dW2',
	'db2',
	'dZ1',
	'dW1',
	'db1',
	'update-W1',
	'update-b1',
	'update-W2',
	'update-b2'
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The matrices known so far in an iteration, by symbol. */
export type Values = Readonly<Partial<Record<MatrixName, Matrix>>>;

export interface StepContext {
	readonly values: Values;
	readonly network: NetworkConfig;
	readonly optimizer: OptimizerConfig;
	readonly optimizerState: OptimizerState;
}

export interface StepResult {
	readonly value: Matrix;
	/** Only the update steps return it: the optimizer's state after this parameter's update. */
	readonly optimizerState?: OptimizerState;
}

export interface Step {
	readonly id: StepId;
	/** A few words, e.g. "Hidden activations". */
	readonly label: string;
	readonly phase: 'forward' | 'backward' | 'update';
	/** The equation in TeX, every matrix tagged `\sym{NAME}{…}` for the chapters' macro. */
	readonly tex: string;
	/** The same equation in words and plain symbols, for screen readers. */
	readonly text: string;
	readonly inputs: readonly SymbolName[];
	readonly output: MatrixName;
	compute(context: StepContext): StepResult;
}

/** The value of `name`, or a clear error naming the step that needed it. */
export function need(values: Values, name: MatrixName, step: StepId): Matrix {
	const value = values[name];
	if (value === undefined) {
		throw new Error(`step ${step} needs ${name}, which has no value yet`);
	}
	return value;
}
