/**
 * The most common digit among some labels and its share: the accuracy of a network that
 * answers that digit for every image, which is where one with no working hidden nodes ends up.
 */

export interface LabelShare {
	readonly digit: number;
	readonly count: number;
	/** count / labels.length, 0..1. */
	readonly share: number;
}

/**
 * The digit that occurs most often (the smallest on a tie), how often, and its share.
 * @example mostCommonLabel([1, 7, 1, 3]) // { digit: 1, count: 2, share: 0.5 }
 */
export function mostCommonLabel(labels: ArrayLike<number>): LabelShare {
	if (labels.length === 0) throw new RangeError('mostCommonLabel: no labels');
	const counts = new Map<number, number>();
	for (let j = 0; j < labels.length; j++) counts.set(labels[j], (counts.get(labels[j]) ?? 0) + 1);
	let digit = Infinity;
	let count = 0;
	for (const [d, c] of counts) {
		if (c > count || (c === count && d < digit)) [digit, count] = [d, c];
	}
	return { digit, count, share: count / labels.length };
}
