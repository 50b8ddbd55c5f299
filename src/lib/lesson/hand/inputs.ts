import type { Matrix } from '$lib/engine/matrix';
import { STEP_IDS, type Step, type Values } from '$lib/engine/steps';
import { spoken, type MatrixName } from '$lib/engine/symbols';

/** One number (or row of numbers) a learner needs for a calculation by hand. */
export interface HandInput {
	readonly label: string;
	readonly symbol: MatrixName | 'alpha';
	readonly values: readonly number[];
}

export interface HandTask {
	/** The entry to predict: [row, column] of the step's result. */
	readonly cell: readonly [number, number];
	readonly inputs: readonly HandInput[];
	/** Why no prediction is asked for, when none is. */
	readonly skip?: string;
}

const row = (m: Matrix, i: number) =>
	Array.from(m.data.subarray(i * m.shape[1], (i + 1) * m.shape[1]));
const col = (m: Matrix, j: number) =>
	Array.from({ length: m.shape[0] }, (_, i) => m.data[i * m.shape[1] + j]);
const at = (m: Matrix, i: number, j: number) => [m.data[i * m.shape[1] + j]];
const input = (label: string, symbol: MatrixName | 'alpha', values: readonly number[]) => ({
	label,
	symbol,
	values
});

/** The inkiest pixel of image 0: a column of W¹ whose gradient is worth computing. */
function inkyPixel(x: Matrix): number {
	let best = 0;
	for (let p = 0; p < x.shape[0]; p++)
		if (x.data[p * x.shape[1]] > x.data[best * x.shape[1]]) best = p;
	return best;
}

/**
 * Which entry of `step`'s result the learner is asked to predict, and the engine values the
 * calculation needs. Only selects numbers; it computes none.
 */
export function handTask(step: Step, values: Values, iteration: number, alpha: number): HandTask {
	const v = (name: MatrixName): Matrix => {
		const value = values[name];
		if (!value) throw new Error(`handTask: ${name} is needed for ${step.id} but has no value`);
		return value;
	};
	const m = v('X').shape[1];
	const hidden = v('W1').shape[0];
	// Walk through different rows as the steps and iterations go by, so that a learner who
	// predicts every step meets most of the network.
	const layer1 = ['Z1', 'A1', 'dZ1', 'dW1', 'db1', 'update-W1', 'update-b1'].includes(step.id);
	const i = (iteration - 1 + STEP_IDS.indexOf(step.id)) % (layer1 ? hidden : 10);
	const j = (iteration - 1) % m;
	const s = (name: MatrixName) => spoken(name);
	switch (step.id) {
		case 'A0':
			return { cell: [0, j], inputs: [], skip: 'A[0] is X itself: nothing to compute.' };
		case 'Z1':
			return {
				cell: [i, j],
				inputs: [
					input(`${s('W1')} row ${i}`, 'W1', row(v('W1'), i)),
					input(`${s('X')} column ${j}`, 'X', col(v('X'), j)),
					input(`${s('b1')} row ${i}`, 'b1', at(v('b1'), i, 0))
				]
			};
		case 'A1':
			return {
				cell: [i, j],
				inputs: [input(`${s('Z1')} row ${i}, column ${j}`, 'Z1', at(v('Z1'), i, j))]
			};
		case 'Z2':
			return {
				cell: [i, j],
				inputs: [
					input(`${s('W2')} row ${i}`, 'W2', row(v('W2'), i)),
					input(`${s('A1')} column ${j}`, 'A1', col(v('A1'), j)),
					input(`${s('b2')} row ${i}`, 'b2', at(v('b2'), i, 0))
				]
			};
		case 'A2':
			return { cell: [i, j], inputs: [input(`${s('Z2')} column ${j}`, 'Z2', col(v('Z2'), j))] };
		case 'dZ2':
			return {
				cell: [i, j],
				inputs: [
					input(`${s('A2')} row ${i}, column ${j}`, 'A2', at(v('A2'), i, j)),
					input(`${s('Y')} row ${i}, column ${j}`, 'Y', at(v('Y'), i, j))
				]
			};
		case 'dW2':
			return {
				cell: [i, j % hidden],
				inputs: [
					input(`${s('dZ2')} row ${i}`, 'dZ2', row(v('dZ2'), i)),
					input(`${s('A1')} row ${j % hidden}`, 'A1', row(v('A1'), j % hidden))
				]
			};
		case 'db2':
			return { cell: [i, 0], inputs: [input(`${s('dZ2')} row ${i}`, 'dZ2', row(v('dZ2'), i))] };
		case 'dZ1':
			return {
				cell: [i, j],
				inputs: [
					input(`${s('W2')} column ${i}`, 'W2', col(v('W2'), i)),
					input(`${s('dZ2')} column ${j}`, 'dZ2', col(v('dZ2'), j)),
					input(`${s('Z1')} row ${i}, column ${j}`, 'Z1', at(v('Z1'), i, j))
				]
			};
		case 'dW1': {
			const p = inkyPixel(v('X'));
			return {
				cell: [i, p],
				inputs: [
					input(`${s('dZ1')} row ${i}`, 'dZ1', row(v('dZ1'), i)),
					input(`${s('X')} row ${p}`, 'X', row(v('X'), p))
				]
			};
		}
		case 'db1':
			return { cell: [i, 0], inputs: [input(`${s('dZ1')} row ${i}`, 'dZ1', row(v('dZ1'), i))] };
		default:
			return updateTask(step, v, i, hidden, alpha);
	}
}

function updateTask(
	step: Step,
	v: (name: MatrixName) => Matrix,
	i: number,
	hidden: number,
	alpha: number
): HandTask {
	const [param, grad] = step.inputs as [MatrixName, MatrixName];
	if (step.tex.includes('hat')) {
		return {
			cell: [i, 0],
			inputs: [],
			skip: "Adam's step depends on its running averages; follow it in the inspector."
		};
	}
	const k = param === 'W1' ? inkyPixel(v('X')) : param === 'W2' ? (i + 1) % hidden : 0;
	return {
		cell: [i, k],
		inputs: [
			input(`${spoken(param)} row ${i}, column ${k}`, param, at(v(param), i, k)),
			input(`${spoken(grad)} row ${i}, column ${k}`, grad, at(v(grad), i, k)),
			input('α', 'alpha', [alpha])
		]
	};
}
