/**
 * Writes one full iteration of the lesson path on the first M MNIST training images as JSON
 * (format: docs/trace-format.md), for checking the engine with other tools:
 *
 *   npm run trace -- --seed 0 --m 100 --alpha 0.1 --activation relu --optimizer gd --out t.json
 *   python3 docs/check_trace.py t.json
 *
 * Every argument is required. The file appears only once the trace is complete and has been
 * read back and validated: it is written to a temporary file beside it, then renamed.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { imagesToX, labelsOf } from '../src/lib/engine/data/columns';
import {
	DEFAULT_NETWORK,
	type Activation,
	type NetworkConfig,
	type OptimizerConfig
} from '../src/lib/engine/config';
import { buildTrace } from '../src/lib/engine/files/trace';
import { parseTrace } from '../src/lib/engine/files/trace-parse';
import { adamConfig, ADAM_DEFAULTS } from '../src/lib/engine/optim/adam';
import { loadMnistNode } from './lib/mnist-node';

const USAGE = `usage: npm run trace -- --seed S --m M --alpha A --activation relu|leaky-relu \\
                        --optimizer gd|adam --out FILE

  --seed S          whole number ≥ 0: seeds the initial parameters (uniform, −0.5..0.5)
  --m M             how many training images, the first M of the 60,000 (1..60000)
  --alpha A         learning rate α > 0 (try 0.1 for gd, 0.001 for adam)
  --activation      relu or leaky-relu (slope ${DEFAULT_NETWORK.leakySlope})
  --optimizer       gd (gradient descent) or adam (β1 ${ADAM_DEFAULTS.beta1}, β2 ${ADAM_DEFAULTS.beta2}, ε ${ADAM_DEFAULTS.epsilon})
  --out FILE        where to write the JSON trace

Then check it with numpy: python3 docs/check_trace.py FILE`;

interface Args {
	network: NetworkConfig;
	optimizer: OptimizerConfig;
	m: number;
	out: string;
}

class UsageError extends Error {}

function wholeNumber(text: string, name: string, min: number, max: number): number {
	const value = Number(text);
	if (!/^\d+$/.test(text) || value < min || value > max) {
		throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${text}'`);
	}
	return value;
}

/** The settings in `argv`, or a UsageError naming the first problem. */
function parse(argv: string[]): Args {
	const names = ['seed', 'm', 'alpha', 'activation', 'optimizer', 'out'] as const;
	let values: Partial<Record<(typeof names)[number], string>>;
	try {
		const options = Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));
		values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const missing = names.filter((n) => values[n] === undefined || values[n] === '');
	if (missing.length > 0)
		throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(', ')}`);
	const { seed, m, alpha, activation, optimizer, out } = values as Record<string, string>;
	const rate = Number(alpha);
	if (!Number.isFinite(rate) || rate <= 0) {
		throw new UsageError(`--alpha must be a number > 0, got '${alpha}'`);
	}
	if (activation !== 'relu' && activation !== 'leaky-relu') {
		throw new UsageError(`--activation must be relu or leaky-relu, got '${activation}'`);
	}
	if (optimizer !== 'gd' && optimizer !== 'adam') {
		throw new UsageError(`--optimizer must be gd or adam, got '${optimizer}'`);
	}
	const folder = path.dirname(path.resolve(out));
	if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
		throw new UsageError(`--out: the folder ${folder} does not exist`);
	}
	if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
		throw new UsageError(`--out: ${out} is a folder; give a file name`);
	}
	return {
		network: {
			...DEFAULT_NETWORK,
			seed: wholeNumber(seed, 'seed', 0, 2 ** 32 - 1),
			activation: activation as Activation
		},
		optimizer: optimizer === 'gd' ? { kind: 'gd', alpha: rate } : adamConfig(rate),
		m: wholeNumber(m, 'm', 1, 60000),
		out
	};
}

async function main(): Promise<void> {
	let args: Args;
	try {
		args = parse(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`trace: ${error.message}\n\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	const { network, optimizer, m, out } = args;
	const set = await loadMnistNode('train');
	const trace = buildTrace({
		x: imagesToX(set, 0, m),
		labels: labelsOf(set, 0, m),
		network,
		optimizer,
		source: `MNIST training images 0–${m - 1} (train-images-idx3-ubyte), pixels / 255`
	});
	const text = JSON.stringify(trace);
	parseTrace(text);
	const target = path.resolve(out);
	const temporary = `${target}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, target);
	} finally {
		rmSync(temporary, { force: true });
	}
	const size = (text.length / 1e6).toFixed(1);
	console.log(
		`trace: wrote ${out} (${size} MB): m = ${m}, loss ${trace.loss}, accuracy ${trace.accuracy}`
	);
}

main().catch((error: unknown) => {
	console.error(`trace: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
