/**
 * Products with X skip its zeros (81% of MNIST's pixels). Two tools for that: a cheap test of
 * whether an operand is mostly zeros, and its nonzeros listed row by row or column by column
 * (compressed sparse rows or columns). Matrices are immutable, so the list is built once per matrix and remembered: every
 * iteration's W¹X and dZ¹Xᵀ then read X's nonzeros without testing a single zero again. The
 * memory is keyed by the Matrix object, not its array, so code that refills a buffer and wraps
 * it anew with fromData gets a fresh list.
 */
import type { Matrix } from '../matrix';

const SAMPLES = 512;

/**
 * True when at least half of an evenly spaced sample of `data` is exactly 0. Counting every
 * zero would cost as much as a sparse product; the choice only changes speed, never a bit.
 */
export function mostlyZero(data: Float64Array): boolean {
	const n = data.length;
	if (n === 0) return false;
	const count = Math.min(SAMPLES, n);
	let zeros = 0;
	for (let s = 0; s < count; s++) {
		if (data[Math.floor((s * n) / count)] === 0) zeros++;
	}
	return zeros * 2 >= count;
}

/**
 * A matrix's nonzeros, line by line (a row for `sparseRows`, a column for `sparseColumns`):
 * line k's are `values[start[k] .. start[k + 1]]`, at positions `index[…]`, ascending.
 */
export interface SparseLines {
	readonly start: Int32Array;
	readonly index: Int32Array;
	readonly values: Float64Array;
}

const rowCache = new WeakMap<Matrix, SparseLines>();
const columnCache = new WeakMap<Matrix, SparseLines>();

/** The nonzeros of `m`, row by row (remembered). */
export function sparseRows(m: Matrix): SparseLines {
	let lines = rowCache.get(m);
	if (lines === undefined) {
		lines = collect(m.data, m.shape[0], m.shape[1], true);
		rowCache.set(m, lines);
	}
	return lines;
}

/** The nonzeros of `m`, column by column (remembered). */
export function sparseColumns(m: Matrix): SparseLines {
	let lines = columnCache.get(m);
	if (lines === undefined) {
		lines = collect(m.data, m.shape[0], m.shape[1], false);
		columnCache.set(m, lines);
	}
	return lines;
}

/** Two passes, count then place; walking row by row keeps every line's positions ascending. */
function collect(data: Float64Array, rows: number, cols: number, byRows: boolean): SparseLines {
	const lineCount = byRows ? rows : cols;
	const start = new Int32Array(lineCount + 1);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			if (data[i * cols + j] !== 0) start[(byRows ? i : j) + 1]++;
		}
	}
	for (let k = 0; k < lineCount; k++) start[k + 1] += start[k];
	const next = start.slice(0, lineCount);
	const index = new Int32Array(start[lineCount]);
	const values = new Float64Array(start[lineCount]);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			const v = data[i * cols + j];
			if (v === 0) continue;
			const q = next[byRows ? i : j]++;
			index[q] = byRows ? j : i;
			values[q] = v;
		}
	}
	return { start, index, values };
}
