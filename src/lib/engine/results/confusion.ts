/**
 * The confusion matrix of a set of predictions: how often each true digit was read as each
 * digit. Its diagonal holds the right answers; every other cell is one kind of mistake.
 */
import { CLASSES } from '../config';
import { fromData, type Matrix } from '../matrix';

export interface Confusion {
	/** classes × classes: row = the label, column = the prediction, entry = how many images. */
	readonly counts: Matrix;
	/** Images counted. */
	readonly total: number;
	/** Images on the diagonal (predicted right). */
	readonly correct: number;
	/** correct / total, 0..1 (0 for no images). */
	readonly accuracy: number;
	/** Images of each label (the row sums). */
	readonly perLabel: Float64Array;
	/** For each label, the fraction of its images predicted right (its recall); NaN if none. */
	readonly recall: Float64Array;
}

const isClass = (v: number, classes: number) => Number.isInteger(v) && v >= 0 && v < classes;

const classError = (what: string, v: number, j: number, classes: number) =>
	new RangeError(`confusionMatrix: ${what} ${v} of image ${j} is not in 0..${classes - 1}`);

/**
 * Counts each (label, prediction) pair: C[y, ŷ] = #{ j : labels[j] = y, predictions[j] = ŷ }.
 * @example confusionMatrix([1, 0], [1, 1]).counts // row 1 holds one 0 and one 1
 */
export function confusionMatrix(
	predictions: ArrayLike<number>,
	labels: ArrayLike<number>,
	classes: number = CLASSES
): Confusion {
	if (predictions.length !== labels.length) {
		throw new RangeError(
			`confusionMatrix: ${predictions.length} predictions for ${labels.length} labels`
		);
	}
	if (!Number.isInteger(classes) || classes < 1) {
		throw new RangeError(`confusionMatrix: classes = ${classes} must be a whole number ≥ 1`);
	}
	const counts = new Float64Array(classes * classes);
	const perLabel = new Float64Array(classes);
	let correct = 0;
	for (let j = 0; j < labels.length; j++) {
		const y = labels[j];
		const p = predictions[j];
		if (!isClass(y, classes)) throw classError('label', y, j, classes);
		if (!isClass(p, classes)) throw classError('prediction', p, j, classes);
		counts[y * classes + p]++;
		perLabel[y]++;
		if (y === p) correct++;
	}
	const recall = perLabel.map((n, y) => (n === 0 ? NaN : counts[y * classes + y] / n));
	const total = labels.length;
	return {
		counts: fromData(classes, classes, counts),
		total,
		correct,
		accuracy: total === 0 ? 0 : correct / total,
		perLabel,
		recall
	};
}

/**
 * The indices of the images whose label is `label` and prediction `predicted` (either may be
 * undefined to match any), in order; with `mistakesOnly`, only those predicted wrong.
 * @example imagesWhere([7, 2], [7, 3], { mistakesOnly: true }) // [1]
 */
export function imagesWhere(
	predictions: ArrayLike<number>,
	labels: ArrayLike<number>,
	{
		label,
		predicted,
		mistakesOnly = false
	}: { label?: number; predicted?: number; mistakesOnly?: boolean } = {}
): number[] {
	if (predictions.length !== labels.length) {
		throw new RangeError(
			`imagesWhere: ${predictions.length} predictions for ${labels.length} labels`
		);
	}
	const found: number[] = [];
	for (let j = 0; j < labels.length; j++) {
		if (label !== undefined && labels[j] !== label) continue;
		if (predicted !== undefined && predictions[j] !== predicted) continue;
		if (mistakesOnly && predictions[j] === labels[j]) continue;
		found.push(j);
	}
	return found;
}
