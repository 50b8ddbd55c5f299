/**
 * One point of a training curve, the one shape every curve in the site is made of: the lesson
 * path's runners, the fast path's iterations, the lab's messages and charts, a saved file's
 * history and the command line's progress all report their points as this.
 *
 * On the training images a point is measured in the forward pass of iteration `iteration`,
 * before its update, as the notes print it. On the test images it is measured with the
 * parameters of that same moment (the lesson path) or just after the update of `iteration`
 * (the lab), as each says where it reports them.
 */
export interface CurvePoint {
	/** Counting from 1. */
	readonly iteration: number;
	/** Mean cross-entropy L = −(1/m) Σⱼ ln A²[yⱼ, j] over the images measured. */
	readonly loss: number;
	/** Fraction of those images predicted right, 0..1. */
	readonly accuracy: number;
}
