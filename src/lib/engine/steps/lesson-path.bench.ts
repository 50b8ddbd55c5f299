/**
 * How long each named step takes on the lesson path for m = 1,000 MNIST training images,
 * the largest batch a learner steps through; the target is well under one 16 ms frame.
 *
 *   npx vitest bench --run src/lib/engine
 *
 * Each step is timed from the fixed state just before it, in iteration 2 (so Adam has
 * moments and X's nonzeros are already listed, as when a learner steps), with `advance`: the
 * figure includes the divergence check and, for A², the loss and accuracy.
 */
import { bench, describe } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { DEFAULT_NETWORK, type OptimizerConfig } from '../config';
import { adamConfig } from '../optim/adam';
import { imagesToX, labelsOf } from '../data/columns';
import { advance, beginIteration, currentParams } from './iteration';
import { Stepper } from './stepper';

const M = 1000;
const set = await loadMnistNode('train');
const optimizers: OptimizerConfig[] = [{ kind: 'gd', alpha: 0.1 }, adamConfig()];

for (const optimizer of optimizers) {
	const x = imagesToX(set, 0, M);
	const stepper = new Stepper(x, labelsOf(set, 0, M), DEFAULT_NETWORK, optimizer);
	const done = stepper.runIteration();
	const setup = { steps: stepper.steps, network: DEFAULT_NETWORK, optimizer };
	const states = [beginIteration(2, x, stepper.labels, currentParams(done), done.optimizerState)];
	for (let k = 1; k < stepper.steps.length; k++) states.push(advance(states[k - 1], setup));

	describe(`one step at m = ${M}, ${optimizer.kind}`, () => {
		stepper.steps.forEach((step, k) => {
			bench(step.id, () => {
				advance(states[k], setup);
			});
		});
	});
}
