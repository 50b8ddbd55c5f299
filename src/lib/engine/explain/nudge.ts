/**
 * A gradient checked by its definition. For one entry θ of W¹, b¹, W² or b², the loss
 * L = (1/m) Σⱼ Lⱼ (the mean over the m images) is computed twice more, with θ nudged up and
 * down by ε, and the central difference
 *
 *   (L(θ + ε) − L(θ − ε)) / 2ε  =  ∂L/∂θ + O(ε²)
 *
 * is set beside backpropagation's entry. Because L is a mean, the entry to compare is the
 * one with the 1/m inside: dW¹ = (1/m) dZ¹ Xᵀ, not dZ¹ Xᵀ (which is m times larger, the
 * derivative of the sum Σⱼ Lⱼ).
 */
import type { NetworkConfig, ParamName, Params } from '../config';
import { checkLabels } from '../batches';
import { forward } from '../forward';
import type { Gradients } from '../gradients';
import { crossEntropy, oneHot } from '../loss';
import { fromData, type Matrix } from '../matrix';

/** An entry of one parameter: row i, column k. */
export interface NudgePick {
	readonly param: ParamName;
	readonly row: number;
	readonly col: number;
}

/** Relative difference at or below which the two numbers agree (float64 leaves ~1e-9). */
export const NUDGE_AGREES = 1e-6;
/** Absolute difference below which both are noise around a gradient of 0. */
export const NUDGE_NOISE = 1e-10;

export interface NudgeCheck {
	readonly pick: NudgePick;
	readonly epsilon: number;
	/** θ, and the loss at θ − ε, θ, θ + ε. */
	readonly value: number;
	readonly lossMinus: number;
	readonly loss: number;
	readonly lossPlus: number;
	/** (L(θ + ε) − L(θ − ε)) / 2ε */
	readonly central: number;
	/** The gradient's entry (backpropagation's answer, right or with a slip). */
	readonly gradient: number;
	/** m · gradient: the slope of the summed loss Σⱼ Lⱼ, what the entry would be without 1/m. */
	readonly summed: number;
	/** central − gradient, and its size relative to the larger of the two. */
	readonly difference: number;
	readonly relative: number;
	readonly agrees: boolean;
	/** Entries of Z¹ whose sign differs between θ − ε and θ + ε: the loss has a corner there. */
	readonly kinks: number;
	readonly m: number;
}

const GRADIENT_OF = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

/** `params` with entry (row, col) of `param` set to `value`. */
function withEntry(params: Params, { param, row, col }: NudgePick, value: number): Params {
	const p = params[param];
	const data = p.data.slice();
	data[row * p.shape[1] + col] = value;
	return { ...params, [param]: fromData(p.shape[0], p.shape[1], data) };
}

function signChanges(a: Matrix, b: Matrix): number {
	let count = 0;
	for (let k = 0; k < a.data.length; k++) if (a.data[k] > 0 !== b.data[k] > 0) count++;
	return count;
}

/**
 * Nudges entry `pick` of `params` by ±ε and compares the central difference of the mean loss
 * on (x, labels) with that entry of `grads` (from `gradients(params, x, labels, network, …)`).
 * @example nudge(params, x, labels, network, { param: 'W2', row: 3, col: 4 }, 1e-5, grads).agrees
 */
export function nudge(
	params: Params,
	x: Matrix,
	labels: ArrayLike<number>,
	network: NetworkConfig,
	pick: NudgePick,
	epsilon: number,
	grads: Gradients
): NudgeCheck {
	const p = params[pick.param];
	if (p === undefined) throw new RangeError(`nudge: no parameter '${String(pick.param)}'`);
	const [rows, cols] = p.shape;
	const inside = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
	if (!inside(pick.row, rows) || !inside(pick.col, cols)) {
		throw new RangeError(
			`nudge: (${pick.row}, ${pick.col}) is outside ${pick.param}, ${rows} × ${cols}`
		);
	}
	if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
		throw new RangeError(`nudge: ε must be a number above 0, got ${epsilon}`);
	}
	const y = oneHot(checkLabels(labels, x.shape[1]));
	const value = p.data[pick.row * cols + pick.col];
	// Each loss is exactly the one the lesson reports for such parameters (forward, then L).
	const up = forward(withEntry(params, pick, value + epsilon), x, network);
	const down = forward(withEntry(params, pick, value - epsilon), x, network);
	const lossPlus = crossEntropy(up.A2, y);
	const lossMinus = crossEntropy(down.A2, y);
	const central = (lossPlus - lossMinus) / (2 * epsilon);
	const gradient = grads[GRADIENT_OF[pick.param]].data[pick.row * cols + pick.col];
	const difference = central - gradient;
	const size = Math.max(Math.abs(central), Math.abs(gradient));
	const relative = size === 0 ? 0 : Math.abs(difference) / size;
	return {
		pick,
		epsilon,
		value,
		lossMinus,
		loss: crossEntropy(forward(params, x, network).A2, y),
		lossPlus,
		central,
		gradient,
		summed: x.shape[1] * gradient,
		difference,
		relative,
		agrees: relative <= NUDGE_AGREES || Math.abs(difference) <= NUDGE_NOISE,
		kinks: signChanges(up.Z1, down.Z1),
		m: x.shape[1]
	};
}
