/**
 * What the network is scored on: the one-hot labels Y, the mean cross-entropy loss
 * L = −(1/m) Σⱼ Σᵢ Y[i, j] ln A²[i, j], the predicted digit of each column and the accuracy.
 */
import { CLASSES } from './config';
import { fromData, ShapeError, shapeTag, type Matrix } from './matrix';

/**
 * Y, classes × m: column j is all zeros except a 1 in row `labels[j]` (label 4 → row 4).
 * @example oneHot([1, 0], 3) // [[0, 1], [1, 0], [0, 0]]
 */
export function oneHot(labels: ArrayLike<number>, classes: number = CLASSES): Matrix {
	const m = labels.length;
	const out = new Float64Array(classes * m);
	for (let j = 0; j < m; j++) {
		const y = labels[j];
		if (!Number.isInteger(y) || y < 0 || y >= classes) {
			throw new RangeError(`oneHot: label ${y} at column ${j} is not a class 0..${classes - 1}`);
		}
		out[y * m + j] = 1;
	}
	return fromData(classes, m, out);
}

/**
 * The smallest probability the loss takes a log of. A probability that underflowed to exactly
 * 0 (its logit more than ~745 below the column's largest) would make ln 0 = −∞ and the loss
 * ∞ for good; clamped, that image adds −ln(MIN_VALUE) ≈ 744.4 to the sum instead, so the loss
 * stays a finite, very large number that can still come down. Any probability above it is
 * used exactly, so the clamp never changes a loss a learner could otherwise see.
 */
export const LOG_FLOOR = Number.MIN_VALUE;

/**
 * Mean cross-entropy of probabilities `a` against targets `y` (both classes × m). Terms with
 * Y[i, j] = 0 are skipped, following the limit 0 · ln 0 = 0, and each log is taken of
 * max(A[i, j], LOG_FLOOR).
 * @example crossEntropy(matrix(2, 1, [0.25, 0.75]), oneHot([1], 2)) // −ln 0.75 ≈ 0.2877
 */
export function crossEntropy(a: Matrix, y: Matrix): number {
	if (a.shape[0] !== y.shape[0] || a.shape[1] !== y.shape[1]) {
		throw new ShapeError(`crossEntropy: A ${shapeTag(a.shape)} and Y ${shapeTag(y.shape)} differ`);
	}
	const m = a.shape[1];
	if (m === 0) return NaN;
	let sum = 0;
	for (let k = 0; k < a.data.length; k++) {
		const target = y.data[k];
		if (target !== 0) sum += target * Math.log(Math.max(a.data[k], LOG_FLOOR));
	}
	// 0 − sum rather than −sum: a perfect fit reports 0, not −0.
	return (0 - sum) / m;
}

/**
 * The predicted digit of every column: the row of its largest probability (the first such
 * row on a tie, as numpy's argmax).
 */
export function predictions(a: Matrix): Int32Array {
	const [rows, cols] = a.shape;
	const best = new Int32Array(cols);
	for (let j = 0; j < cols; j++) {
		let top = a.data[j];
		for (let i = 1; i < rows; i++) {
			if (a.data[i * cols + j] > top) {
				top = a.data[i * cols + j];
				best[j] = i;
			}
		}
	}
	return best;
}

/** The fraction of predictions equal to their labels, 0..1. */
export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
	if (predicted.length !== labels.length) {
		throw new RangeError(`accuracy: ${predicted.length} predictions but ${labels.length} labels`);
	}
	if (labels.length === 0) return NaN;
	let right = 0;
	for (let j = 0; j < labels.length; j++) if (predicted[j] === labels[j]) right++;
	return right / labels.length;
}
