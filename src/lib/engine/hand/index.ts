/**
 * The by-hand exercise: one question per step of the iteration, all fifteen, along one trail
 * through the network (see trail.ts). Plain gradient descent only: Adam's step depends on
 * running averages no one keeps by hand.
 */
import type { Matrix } from '../matrix';
import type { StepId, Values } from '../steps/step';
import type { MatrixName } from '../symbols';
import { hiddenErrorQuestion, outputErrorQuestion } from './errors';
import {
	hiddenBiasQuestion,
	hiddenWeightQuestion,
	outputBiasQuestion,
	outputWeightQuestion
} from './gradients';
import { activationQuestion, hiddenSumQuestion, inputQuestion } from './layer1';
import { outputSumQuestion, softmaxQuestion } from './layer2';
import type { HandQuestion, HandSetup } from './question';
import type { HandTrail } from './trail';
import { updateQuestion } from './update';

export { handTrail, type HandTrail } from './trail';
export type * from './question';

/**
 * The question for `step`, from the values the iteration holds just before it is computed.
 * @example handQuestion('Z1', stepper.state.values, trail, setup).answer // Z¹[h, j], once computed
 */
export function handQuestion(
	step: StepId,
	values: Values,
	trail: HandTrail,
	setup: HandSetup
): HandQuestion {
	const need = (name: MatrixName): Matrix => {
		const found = values[name];
		if (!found) throw new Error(`handQuestion: ${step} needs ${name}, which has no value yet`);
		return found;
	};
	switch (step) {
		case 'A0':
			return inputQuestion(need, trail, setup);
		case 'Z1':
			return hiddenSumQuestion(need, trail);
		case 'A1':
			return activationQuestion(need, trail, setup);
		case 'Z2':
			return outputSumQuestion(need, trail);
		case 'A2':
			return softmaxQuestion(need, trail);
		case 'dZ2':
			return outputErrorQuestion(need, trail);
		case 'dW2':
			return outputWeightQuestion(need, trail);
		case 'db2':
			return outputBiasQuestion(need, trail);
		case 'dZ1':
			return hiddenErrorQuestion(need, trail, setup);
		case 'dW1':
			return hiddenWeightQuestion(need, trail);
		case 'db1':
			return hiddenBiasQuestion(need, trail);
		case 'update-W1':
			return updateQuestion(need, 'W1', trail, setup);
		case 'update-b1':
			return updateQuestion(need, 'b1', trail, setup);
		case 'update-W2':
			return updateQuestion(need, 'W2', trail, setup);
		case 'update-b2':
			return updateQuestion(need, 'b2', trail, setup);
	}
}
