/**
 * Two plain relations a wrong result can have with the right one, worth saying out loud: it is
 * a constant times the right one (m times: the 1/m is missing; −1 times: the sign is flipped),
 * or it is its transpose (the product in the wrong order). Both are checked on every entry.
 */
import { transpose } from '../ops/transpose';
import type { Matrix } from '../matrix';
import { matches } from './compare';
import { array, type NdArray } from './ndarray';

/** c such that result = c · expected, entry by entry, or undefined. */
export function scaleFactor(result: NdArray, expected: Matrix): number | undefined {
	if (result.shape.length !== 2 || result.data.length !== expected.data.length) return undefined;
	let k = 0;
	for (let i = 1; i < expected.data.length; i++) {
		if (Math.abs(expected.data[i]) > Math.abs(expected.data[k])) k = i;
	}
	if (!(Math.abs(expected.data[k]) > 0)) return undefined;
	const c = result.data[k] / expected.data[k];
	if (!Number.isFinite(c) || c === 0) return undefined;
	const scaled = new Float64Array(expected.data.length);
	for (let i = 0; i < scaled.length; i++) scaled[i] = result.data[i] / c;
	return matches(array(result.shape, scaled), expected) ? c : undefined;
}

const round = (x: number) => Number(x.toPrecision(6));

/** What a constant factor says about the line, or undefined when there is none. */
export function scaleText(c: number, m: number): string | undefined {
	if (Math.abs(c - 1) < 1e-9) return undefined;
	if (Math.abs(c - m) <= 1e-9 * m)
		return `Yours is exactly m = ${m} times the engine’s: the 1/m is missing.`;
	if (Math.abs(c - 1 / m) <= 1e-9 / m)
		return `Yours is exactly 1/m of the engine’s: it is divided by m = ${m} once too often.`;
	if (Math.abs(c + 1) < 1e-9)
		return 'Yours is exactly the negative of the engine’s: the sign is flipped (check which side of the minus each term is on).';
	return `Yours is exactly ${round(c)} times the engine’s: a constant factor is off.`;
}

/** True when a square result is the transpose of the right one. */
export function isTransposeOf(result: NdArray, expected: Matrix): boolean {
	const [rows, cols] = expected.shape;
	if (rows !== cols || rows < 2) return false;
	return matches(result, transpose(expected));
}
