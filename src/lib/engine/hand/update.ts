/**
 * The updates by hand: each parameter on the trail takes one step of gradient descent,
 * P := P − α dP, through the optimizer's own gdStep so the answer is the lesson's entry.
 */
import type { ParamName } from '../config';
import type { Matrix } from '../matrix';
import { gdStep } from '../optim/gd';
import type { StepId } from '../steps/step';
import type { MatrixName } from '../symbols';
import { line, of, ref, value, type HandQuestion, type HandSetup } from './question';
import type { HandTrail } from './trail';

type Need = (name: MatrixName) => Matrix;

const GRADIENT = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

/** The entry of each parameter the trail runs through. */
function cellOf(name: ParamName, t: HandTrail): [number, number] {
	switch (name) {
		case 'W1':
			return [t.hidden, t.pixel];
		case 'b1':
			return [t.hidden, 0];
		case 'W2':
			return [t.output, t.hidden];
		case 'b2':
			return [t.output, 0];
	}
}

/** P[i, k] := P[i, k] − α dP[i, k] for P = W¹, b¹, W² or b². */
export function updateQuestion(
	need: Need,
	name: ParamName,
	t: HandTrail,
	setup: HandSetup
): HandQuestion {
	const [i, k] = cellOf(name, t);
	const grad = GRADIENT[name];
	const param = need(name);
	const gradient = need(grad);
	const before = param.data[i * param.shape[1] + k];
	const slope = gradient.data[i * gradient.shape[1] + k];
	const after = Float64Array.of(before);
	gdStep(after, Float64Array.of(slope), setup.alpha);
	const move = setup.alpha * slope;
	// A bias is a column: one index names its entry.
	const at = name.startsWith('b') ? [i] : [i, k];
	return {
		step: `update-${name}` as StepId,
		asked: ref(name, ...at),
		cell: [i, k],
		given: [
			value(before, ref(name, ...at)),
			value(slope, ref(grad, ...at)),
			value(setup.alpha, ref('alpha'))
		],
		working: [
			line(
				'the step, α times the gradient',
				'product',
				[of(setup.alpha, ref('alpha')), of(slope, ref(grad, ...at))],
				move
			),
			line(ref(name, ...at), 'difference', [of(before, ref(name, ...at)), move], after[0])
		],
		answer: after[0],
		scale: Math.abs(before) + Math.abs(move)
	};
}
