/**
 * Gradient descent, the notes' update: W := W − α dW (and b := b − α db), written over plain
 * typed arrays so the fast path (Float32Array, in a worker) runs the very same arithmetic.
 */

/** The arrays an update may work on: the lesson path's float64 or the fast path's float32. */
export type FloatArray = Float64Array | Float32Array;

/** Throws unless `param` and `grad` have one entry each for the other. */
export function checkLengths(name: string, param: FloatArray, grad: FloatArray): void {
	if (param.length !== grad.length) {
		throw new RangeError(`${name}: ${param.length} parameters but ${grad.length} gradients`);
	}
}

/**
 * param := param − α · grad, in place.
 * @example const w = Float64Array.of(1, 2); gdStep(w, Float64Array.of(0.5, -1), 0.1); // w = [0.95, 2.1]
 */
export function gdStep(param: FloatArray, grad: FloatArray, alpha: number): void {
	checkLengths('gdStep', param, grad);
	for (let k = 0; k < param.length; k++) param[k] = param[k] - alpha * grad[k];
}
