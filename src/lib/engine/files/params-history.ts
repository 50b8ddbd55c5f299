/**
 * The curves of a saved run (format version 2): the loss and training accuracy of every
 * iteration the page recorded, measured before that iteration's update as the notes print
 * them, and the test accuracy and loss measured now and then after an update. Columns of plain
 * numbers, so that numpy reads each one as an array:
 *
 *   "history": { "iterations": { "iteration": [1, 2, …], "loss": […], "accuracy": […] },
 *                "tests":      { "iteration": [10, 20, …], "loss": […], "accuracy": […] } }
 *
 * Version 1 files have none; their runs' curves are lost, and the page says so.
 */
import type { CurvePoint } from '../training/curve-point';
import { ParamsFileError } from './params-fields';
import { finite, object, type Json } from './trace-fields';

export interface TrainingHistory {
	/** Per iteration, before its update; iterations increasing. */
	readonly iterations: readonly CurvePoint[];
	/** On the test images, after the update of `iteration`; iterations increasing. */
	readonly tests: readonly CurvePoint[];
}

const COLUMNS = ['iteration', 'loss', 'accuracy'] as const;

/** The history as the file's JSON: two objects of three equally long columns. */
export function historyJson(history: TrainingHistory): Json {
	const columns = (points: readonly CurvePoint[]) =>
		Object.fromEntries(COLUMNS.map((c) => [c, points.map((p) => p[c])]));
	return { iterations: columns(history.iterations), tests: columns(history.tests) };
}

/**
 * `value` as a file's history, checked column by column: every iteration a whole number from 1
 * to `trained` and increasing, every loss finite and ≥ 0, every accuracy a fraction.
 */
export function readHistory(value: unknown, trained: number): TrainingHistory {
	const h = object(value, 'history');
	return {
		iterations: readPoints(h.iterations, 'history.iterations', trained),
		tests: readPoints(h.tests, 'history.tests', trained)
	};
}

function readPoints(value: unknown, path: string, trained: number): CurvePoint[] {
	const o = object(value, path);
	const columns = COLUMNS.map((c) => {
		const column = o[c];
		if (!Array.isArray(column))
			throw new ParamsFileError(`${path}.${c}: expected an array of numbers`);
		return column.map((x, k) => finite(x, `${path}.${c}[${k}]`));
	});
	const [iteration, loss, accuracy] = columns;
	if (loss.length !== iteration.length || accuracy.length !== iteration.length) {
		throw new ParamsFileError(
			`${path}: iteration, loss and accuracy hold ${columns.map((c) => c.length).join(', ')} numbers; they must be as long`
		);
	}
	return iteration.map((it, k) => {
		const before = k === 0 ? 0 : iteration[k - 1];
		if (!Number.isInteger(it) || it <= before || it > trained) {
			throw new ParamsFileError(
				`${path}.iteration[${k}]: ${it} must be a whole number above ${before} and at most ${trained} (trained.iterations)`
			);
		}
		if (loss[k] < 0) throw new ParamsFileError(`${path}.loss[${k}]: ${loss[k]} is negative`);
		if (accuracy[k] < 0 || accuracy[k] > 1) {
			throw new ParamsFileError(
				`${path}.accuracy[${k}]: ${accuracy[k]} is not a fraction from 0 to 1`
			);
		}
		return { iteration: it, loss: loss[k], accuracy: accuracy[k] };
	});
}
