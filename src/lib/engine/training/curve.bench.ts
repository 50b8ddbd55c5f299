/**
 * Iterations per second of a training curve on the lesson path (CurveRunner, one whole
 * iteration per call: fifteen steps, divergence checks, loss and accuracy) for m = 300 and
 * m = 1,000 MNIST training images, the sizes a page trains on while drawing the curve.
 *
 *   npx vitest bench --run src/lib/engine/training/curve.bench.ts
 */
import { bench, describe } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { DEFAULT_NETWORK, type OptimizerConfig } from '../config';
import { adamConfig } from '../optim/adam';
import { CurveRunner } from './curve-runner';
import { imagesToX, labelsOf } from '../data/columns';

const set = await loadMnistNode('train');
const optimizers: OptimizerConfig[] = [
	{ kind: 'gd', alpha: 0.1 },
	{ kind: 'minibatch', alpha: 0.1, batchSize: 100 },
	adamConfig()
];

for (const m of [300, 1000]) {
	const x = imagesToX(set, 0, m);
	const labels = labelsOf(set, 0, m);
	describe(`one curve iteration at m = ${m}`, () => {
		for (const optimizer of optimizers) {
			const runner = new CurveRunner({ x, labels, network: DEFAULT_NETWORK, optimizer });
			bench(optimizer.kind, () => {
				runner.step(1);
			});
		}
	});
}
