/**
 * `npm run train -- --iterations 500 --alpha 0.1 --seed 0`: trains the notes' network on the
 * 60,000 MNIST training images with the engine's fast path, starting from the engine's
 * initParams (U[−0.5, 0.5) from the seed), and prints loss and accuracy as it goes. The images
 * are shared among `--workers` worker threads (the machine's cores by default), each summing
 * the gradient over its share; the answer is the same as one worker's, to float32 rounding. With
 * `--float64` it runs the pages' own float64 lesson path instead, on one thread: slower, and
 * the numbers numpy gives (static/from_scratch.py prints the same `test accuracy:` line).
 */
import { DEFAULT_NETWORK, type Activation, type OptimizerConfig } from '../src/lib/engine/config';
import { adamConfig } from '../src/lib/engine/optim/adam';
import { sliceSet } from '../src/lib/engine/data/mnist';
import { FastDivergenceError } from '../src/lib/engine/fast';
import { createParallelTrainer, MAX_WORKERS } from '../src/lib/engine/parallel';
import { parseArgs, UsageError } from './lib/args';
import { loadMnistNode } from './lib/mnist-node';
import { float64Trainer, Float64DivergenceError } from './lib/train-float64';
import { nodeShardPorts, nodeWorkers } from './lib/node-shards';
import { kernelWasmBytes } from './lib/kernel-bytes';

const USAGE = `usage: npm run train -- [--iterations 500] [--alpha 0.1] [--seed 0] [--hidden 10]
       [--activation relu|leaky-relu] [--slope 0.01] [--optimizer gd|minibatch|adam]
       [--batch-size N] [--m 60000] [--every 10] [--workers N] [--js | --float64]`;

function options() {
	const a = parseArgs(process.argv.slice(2), {
		iterations: { kind: 'int' },
		alpha: { kind: 'number' },
		seed: { kind: 'int' },
		hidden: { kind: 'int' },
		activation: { kind: 'string', choices: ['relu', 'leaky-relu'] },
		slope: { kind: 'number' },
		optimizer: { kind: 'string', choices: ['gd', 'minibatch', 'adam'] },
		'batch-size': { kind: 'int' },
		m: { kind: 'int' },
		every: { kind: 'int' },
		workers: { kind: 'int' },
		js: { kind: 'flag' },
		float64: { kind: 'flag' }
	});
	const o = {
		iterations: Number(a.iterations ?? 500),
		alpha: Number(a.alpha ?? 0.1),
		seed: Number(a.seed ?? 0),
		hidden: Number(a.hidden ?? 10),
		activation: (a.activation ?? 'relu') as Activation,
		slope: Number(a.slope ?? 0.01),
		kind: String(a.optimizer ?? 'gd'),
		batchSize: a['batch-size'] === undefined ? undefined : Number(a['batch-size']),
		m: Number(a.m ?? 60000),
		every: Number(a.every ?? 10),
		workers: Number(a.workers ?? nodeWorkers()),
		js: a.js === true,
		float64: a.float64 === true
	};
	if (o.iterations < 1 || o.every < 1) throw new UsageError('--iterations and --every must be ≥ 1');
	if (!(o.alpha > 0)) throw new UsageError(`--alpha must be > 0, got ${o.alpha}`);
	if (o.hidden < 1) throw new UsageError(`--hidden must be ≥ 1, got ${o.hidden}`);
	if (o.m < 1 || o.m > 60000) throw new UsageError(`--m must be 1..60000, got ${o.m}`);
	if (o.kind === 'minibatch' && o.batchSize === undefined)
		throw new UsageError('--optimizer minibatch needs --batch-size');
	if (o.kind === 'gd' && o.batchSize !== undefined)
		throw new UsageError('--batch-size needs --optimizer minibatch or adam');
	if (o.workers < 1 || o.workers > MAX_WORKERS)
		throw new UsageError(`--workers must be 1..${MAX_WORKERS}, got ${o.workers}`);
	if (o.batchSize !== undefined && o.batchSize < 1)
		throw new UsageError('--batch-size must be ≥ 1');
	if (o.js && o.float64) throw new UsageError('--js and --float64 are two different kernels');
	return o;
}

let o: ReturnType<typeof options>;
try {
	o = options();
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`train: ${error.message}\n${USAGE}`);
	process.exit(2);
}

const optimizer: OptimizerConfig =
	o.kind === 'adam'
		? adamConfig(o.alpha, o.batchSize)
		: o.kind === 'minibatch'
			? { kind: 'minibatch', alpha: o.alpha, batchSize: o.batchSize! }
			: { kind: 'gd', alpha: o.alpha };

const started = performance.now();
const [fullTrain, test, wasm] = await Promise.all([
	loadMnistNode('train'),
	loadMnistNode('test'),
	o.js || o.float64 ? undefined : kernelWasmBytes()
]);
const train = sliceSet(fullTrain, 0, o.m);
const network = { hidden: o.hidden, activation: o.activation, leakySlope: o.slope, seed: o.seed };
const trainer = o.float64
	? float64Trainer(train, { ...DEFAULT_NETWORK, ...network }, optimizer)
	: await createParallelTrainer(train, {
			wasm,
			network,
			optimizer,
			ports: nodeShardPorts(o.workers)
		});
const ready = performance.now();
const batch = o.kind === 'gd' || o.batchSize === undefined ? 'train' : 'batch';
console.log(
	`training 784-${o.hidden}-10 (${o.activation}) on ${o.m} images: ${o.kind}, α = ${o.alpha}, seed ${o.seed}, ` +
		`${trainer.kind} kernel on ${trainer.workers} worker${trainer.workers === 1 ? '' : 's'} ` +
		`(setup ${Math.round(ready - started)} ms)`
);
console.log(`${'iteration'.padStart(9)}  ${'loss'.padStart(8)}  ${batch} acc  test acc`);

let stepMs = 0;
try {
	for (let i = 1; i <= o.iterations; i++) {
		const t = performance.now();
		const r = await trainer.step();
		stepMs += performance.now() - t;
		if (i % o.every === 0 || i === o.iterations) {
			const acc = trainer.evaluate(test).accuracy;
			console.log(
				`${String(i).padStart(9)}  ${r.loss.toFixed(4).padStart(8)}  ${pct(r.accuracy).padStart(9)}  ${pct(acc).padStart(8)}`
			);
		}
	}
} catch (error) {
	if (!(error instanceof FastDivergenceError || error instanceof Float64DivergenceError))
		throw error;
	console.error(`train: ${error.message}`);
	process.exit(1);
}

const final = { train: await trainer.evaluateTrain(), test: trainer.evaluate(test) };
trainer.close();
const total = (performance.now() - started) / 1000;
console.log(
	`after ${o.iterations} iterations: loss ${final.train.loss.toFixed(4)}, train ${pct(final.train.accuracy)}, ` +
		`test ${pct(final.test.accuracy)}; ${(stepMs / o.iterations).toFixed(1)} ms an iteration, ${total.toFixed(1)} s in all`
);
// The line static/from_scratch.py ends with, so the two can be compared at a glance.
console.log(`test accuracy: ${final.test.accuracy.toFixed(4)}`);

function pct(x: number): string {
	return `${(100 * x).toFixed(2)}%`;
}
