/**
 * `npm test -- python`: the complete program on chapter 7, static/from_scratch.py, checked
 * against the engine, in real numpy (float64):
 *
 *  1. its own functions (init_params, forward_prop, backward_prop, update_params, …) for three
 *     iterations on the first 100 training images: the same starting weights bit for bit, and
 *     every matrix within 1e-12 of the pages' lesson path;
 *  2. the command a learner runs, for 20 iterations on all 60,000 images: every progress line
 *     and the closing `test accuracy:` line are the engine's numbers (`npm run train --
 *     --float64`) to the four decimals printed;
 *  3. bad input: a missing data folder and a bad --alpha get a clear message, not a traceback;
 *  4. docs/check_trace.py, the script docs/trace-format.md gives learners: it agrees with a
 *     trace the engine wrote (relu with gradient descent, leaky ReLU with Adam), and rejects
 *     one with a single number of dW¹ changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_NETWORK, PARAM_NAMES, type Params } from '../src/lib/engine/config';
import { imagesToX, labelsOf } from '../src/lib/engine/data/columns';
import { relativeError, type Matrix } from '../src/lib/engine/matrix';
import { Stepper } from '../src/lib/engine/steps/stepper';
import { buildTrace } from '../src/lib/engine/files/trace';
import { loadMnistNode, mnistDataDir } from './lib/mnist-node';
import { compareOutput, parseProgramOutput, type ProgressLine } from './lib/program-output';
import { ensurePython } from './lib/python.js';
import { toMatrix } from './lib/reference-fixture';
import { float64Trainer } from './lib/train-float64';

const PROGRAM = 'static/from_scratch.py';
const SMALL = { m: 100, iterations: 3, alpha: 0.1, seed: 0 };
const FULL = { iterations: 20, alpha: 0.5, seed: 3 };
const TOLERANCE = 1e-12;

let python: { command: string; numpy: string };
try {
	python = ensurePython();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`Using ${python.command} with numpy ${python.numpy}`);
// One BLAS thread: the same numbers, and no fight for the cores with other test stages.
const env = {
	...process.env,
	OPENBLAS_NUM_THREADS: '1',
	OMP_NUM_THREADS: '1',
	MKL_NUM_THREADS: '1'
};
const run = (args: string[]) =>
	spawnSync(python.command, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });

const problems: string[] = [];
const data = mnistDataDir();
const train = await loadMnistNode('train');

// 1. The functions, matrix by matrix.
{
	const { m, iterations, alpha, seed } = SMALL;
	const out = run([
		'scripts/lib/from_scratch_values.py',
		data,
		...[m, iterations, alpha, seed].map(String)
	]);
	if (out.status !== 0) throw new Error(`from_scratch_values.py failed:\n${out.stderr}`);
	type Json = { shape: [number, number]; data: number[] };
	const numpy = JSON.parse(out.stdout) as {
		init: Record<keyof Params, Json>;
		iterations: (Record<string, Json> & { loss: number; accuracy: number })[];
	};
	const network = { ...DEFAULT_NETWORK, seed };
	const stepper = new Stepper(imagesToX(train, 0, m), labelsOf(train, 0, m), network, {
		kind: 'gd',
		alpha
	});
	for (const name of PARAM_NAMES) {
		const ours = stepper.initial[name].data;
		const theirs = numpy.init[name].data;
		if (!ours.every((v, k) => v === theirs[k])) {
			problems.push(`init_params: ${name} is not the engine's initParams bit for bit`);
		}
	}
	numpy.iterations.forEach((it, k) => {
		const state = stepper.runIteration();
		const names = ['Z1', 'A1', 'Z2', 'A2', 'dW1', 'db1', 'dW2', 'db2', ...PARAM_NAMES] as const;
		for (const name of names) {
			const error = relativeError(toMatrix(it[name]), state.values[name] as Matrix);
			if (!(error <= TOLERANCE)) {
				problems.push(`iteration ${k + 1}: ${name} is ${error} from the engine's (relative)`);
			}
		}
		if (!(Math.abs(it.loss - (state.loss ?? NaN)) <= TOLERANCE * it.loss)) {
			problems.push(`iteration ${k + 1}: loss ${it.loss}, the engine's ${state.loss}`);
		}
		if (it.accuracy !== state.accuracy) {
			problems.push(`iteration ${k + 1}: accuracy ${it.accuracy}, the engine's ${state.accuracy}`);
		}
	});
	console.log(
		`functions: ${iterations} iterations on ${m} images, every matrix within ${TOLERANCE} of the engine's`
	);
}

// 2. The command, end to end, on all 60,000 images.
{
	const { iterations, alpha, seed } = FULL;
	const args = ['--data', data, '--iterations', iterations, '--alpha', alpha, '--seed', seed];
	const out = run([PROGRAM, ...args.map(String)]);
	if (out.status !== 0) throw new Error(`${PROGRAM} failed:\n${out.stderr}`);
	const printed = parseProgramOutput(out.stdout);
	const test = await loadMnistNode('test');
	const trainer = float64Trainer(train, { ...DEFAULT_NETWORK, seed }, { kind: 'gd', alpha });
	const engine: ProgressLine[] = [];
	for (let i = 1; i <= iterations; i++) {
		const r = trainer.step();
		if (i % 10 === 0 || i === iterations) {
			engine.push({
				...r,
				trainAccuracy: r.accuracy,
				testAccuracy: trainer.evaluate(test).accuracy
			});
		}
	}
	problems.push(...compareOutput(printed, engine, trainer.evaluate(test).accuracy));
	console.log(`command: python3 ${PROGRAM} ${args.slice(2).join(' ')} --data …`);
	console.log(out.stdout.trim().replace(/^/gm, '  '));
}

// 3. Bad input: a message that names the problem, and no traceback.
for (const { args, says, status } of [
	{
		args: ['--data', '/nonexistent-mnist'],
		says: 'cannot read MNIST from /nonexistent-mnist',
		status: 1
	},
	{ args: ['--data', data, '--alpha', '0'], says: '--alpha must be a number above 0', status: 2 }
]) {
	const out = run([PROGRAM, ...args]);
	if (out.status !== status || !out.stderr.includes(says) || out.stderr.includes('Traceback')) {
		problems.push(
			`${args.join(' ')}: expected exit ${status} and "${says}", got ${out.status}: ${out.stderr.trim()}`
		);
	}
}

// 4. docs/check_trace.py on traces the engine wrote, and on one that was tampered with.
{
	const folder = mkdtempSync(path.join(tmpdir(), 'check-trace-'));
	const m = 50;
	const x = imagesToX(train, 0, m);
	const labels = labelsOf(train, 0, m);
	const cases = [
		{ name: 'relu, gd', network: DEFAULT_NETWORK, optimizer: { kind: 'gd' as const, alpha: 0.1 } },
		{
			name: 'leaky ReLU, Adam',
			network: { ...DEFAULT_NETWORK, activation: 'leaky-relu' as const, seed: 4 },
			optimizer: { kind: 'adam' as const, alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
		}
	];
	try {
		for (const { name, network, optimizer } of cases) {
			const trace = buildTrace({ x, labels, network, optimizer });
			const good = path.join(folder, 'good.json');
			writeFileSync(good, JSON.stringify(trace));
			const out = run(['docs/check_trace.py', good]);
			if (out.status !== 0) {
				problems.push(
					`check_trace.py on the engine's ${name} trace: exit ${out.status}: ${out.stdout}${out.stderr}`
				);
			}
			const tampered = { ...trace, dW1: { ...trace.dW1, data: [...trace.dW1.data] } };
			tampered.dW1.data[300] += 1e-3;
			const bad = path.join(folder, 'bad.json');
			writeFileSync(bad, JSON.stringify(tampered));
			const caught = run(['docs/check_trace.py', bad]);
			if (caught.status !== 1 || !/dW1/.test(caught.stdout + caught.stderr)) {
				problems.push(
					`check_trace.py on a ${name} trace with dW1 changed: expected exit 1 naming dW1, got ${caught.status}`
				);
			}
		}
		console.log(`docs/check_trace.py agrees with the engine's traces and rejects a tampered one`);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

if (problems.length > 0) {
	console.error(`\n${PROGRAM} and the engine disagree:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`\n${PROGRAM} agrees with the engine.`);
