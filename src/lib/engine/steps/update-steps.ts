/**
 * The updates, one parameter at a time in the notes' order W¹, b¹, W², b². Gradient descent
 * (full batch or mini-batch): W := W − α dW. Adam moves by α m̂ / (√v̂ + ε) instead, from its
 * running means of the gradient (see optim/adam.ts).
 */
import type { OptimizerConfig, ParamName } from '../config';
import { updateParam } from '../optim/optimizer';
import { need, type Step, type StepId } from './step';
import { spoken, sym, type MatrixName } from '../symbols';

const GRADIENT: Readonly<Record<ParamName, MatrixName>> = {
	W1: 'dW1',
	b1: 'db1',
	W2: 'dW2',
	b2: 'db2'
};

function updateStep(name: ParamName, optimizer: OptimizerConfig): Step {
	const id = `update-${name}` as StepId;
	const grad = GRADIENT[name];
	const adam = optimizer.kind === 'adam';
	// Adam's μ̂ and ν̂ are running means of the gradient (its authors' m and v, renamed because m
	// counts the images here), written as functions of it so the gradient stays a tagged symbol
	// a widget can find.
	const tex = adam
		? `${sym(name)} := ${sym(name)} - ${sym('alpha')}\\, \\frac{\\hat{\\mu}(${sym(grad)})}` +
			`{\\sqrt{\\hat{\\nu}(${sym(grad)})} + \\epsilon}`
		: `${sym(name)} := ${sym(name)} - ${sym('alpha')}\\, ${sym(grad)}`;
	const text = adam
		? `${spoken(name)} becomes ${spoken(name)} minus alpha times mu-hat over the square root ` +
			`of nu-hat plus epsilon, Adam's running means of ${spoken(grad)}`
		: `${spoken(name)} becomes ${spoken(name)} minus alpha times ${spoken(grad)}`;
	return {
		id,
		label: `Update ${spoken(name)}`,
		phase: 'update',
		tex,
		text,
		inputs: [name, grad, 'alpha'],
		output: name,
		compute: ({ values, optimizer: config, optimizerState }) => {
			const { param, state } = updateParam(
				config,
				name,
				need(values, name, id),
				need(values, grad, id),
				optimizerState
			);
			return { value: param, optimizerState: state };
		}
	};
}

export function updateSteps(optimizer: OptimizerConfig): Step[] {
	return (['W1', 'b1', 'W2', 'b2'] as const).map((name) => updateStep(name, optimizer));
}
