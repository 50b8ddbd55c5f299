/**
 * Which entries the by-hand exercise asks for. They follow one path through the network, so
 * that each answer is used again a few steps later: a pixel p of image j feeds hidden node h,
 * which feeds output node o (the image's own digit); the backward pass comes back the same
 * way and the updates change exactly the weights on that path.
 */
import { dotProduct } from '../explain/explain';
import type { Matrix } from '../matrix';

export interface HandTrail {
	/** The image followed, a column of X. */
	readonly image: number;
	/** Its digit, which is also the output node followed. */
	readonly output: number;
	/** An inked pixel of the image, in mid-grey so that dividing by 255 is worth doing. */
	readonly pixel: number;
	/** The pixels whose terms of Z¹ the learner multiplies out: `pixel` and the next two inked. */
	readonly terms: readonly number[];
	/** A hidden node the image switches on (Z¹ > 0), if any does. */
	readonly hidden: number;
}

/** The inked pixels of column j of X, in order. */
function inked(x: Matrix, j: number): number[] {
	const [pixels, m] = x.shape;
	const out: number[] = [];
	for (let p = 0; p < pixels; p++) if (x.data[p * m + j] !== 0) out.push(p);
	return out;
}

/**
 * The path for `iteration`: image (iteration − 1) mod m, so a second iteration follows the
 * second image; hidden node from (iteration − 1) mod hidden onward, the first one on.
 * @param start the iteration's starting values: X (784 × m), W¹ and b¹
 * @param labels each column's digit
 */
export function handTrail(
	start: { readonly X: Matrix; readonly W1: Matrix; readonly b1: Matrix },
	labels: ArrayLike<number>,
	iteration: number
): HandTrail {
	const { X, W1, b1 } = start;
	const m = X.shape[1];
	if (labels.length !== m) {
		throw new RangeError(`handTrail: ${labels.length} labels for ${m} images`);
	}
	if (!Number.isInteger(iteration) || iteration < 1) {
		throw new RangeError(`handTrail: iteration ${iteration} is not a whole number from 1`);
	}
	const image = (iteration - 1) % m;
	const ink = inked(X, image);
	if (ink.length === 0) throw new RangeError(`handTrail: image ${image} has no ink`);
	// Closest to half ink, the lowest such pixel on a tie.
	let best = 0;
	const grey = (p: number) => Math.abs(X.data[p * m + image] - 0.5);
	for (let k = 1; k < ink.length; k++) if (grey(ink[k]) < grey(ink[best])) best = k;
	const terms = [0, 1, 2].map((d) => ink[(best + d) % ink.length]);
	const hiddenCount = W1.shape[0];
	const first = (iteration - 1) % hiddenCount;
	let hidden = first;
	for (let d = 0; d < hiddenCount; d++) {
		const h = (first + d) % hiddenCount;
		if (dotProduct(W1, X, b1, h, image).total > 0) {
			hidden = h;
			break;
		}
	}
	return {
		image,
		output: labels[image],
		pixel: ink[best],
		terms: [...new Set(terms)],
		hidden
	};
}
