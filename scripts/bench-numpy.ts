/**
 * The notes' numpy code (bench-numpy.py) as a contender in `npm run bench`: a python3 process
 * that loads MNIST once and then runs one timed iteration per request, so the benchmark can
 * alternate it with the engine's runs and compare them under the same load. Two BLAS threads,
 * as in the notes' reference figures. Resolves to undefined, with the reason, when python3 or
 * numpy is missing: the benchmark then prints the engine's figures alone.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mnistDataDir } from './lib/mnist-node';

export interface NumpyTimer {
	/** numpy's version, for the record. */
	readonly version: string;
	/** One full-batch iteration at m = 60,000, in milliseconds as numpy measured it. */
	step(): Promise<number>;
	/**
	 * Waits until OpenBLAS's threads have stopped spinning (about 2²⁸ cycles after a call),
	 * so that the next contender's iteration does not share the cores with them.
	 */
	settle(): Promise<void>;
	close(): void;
}

const SCRIPT = fileURLToPath(new URL('./bench-numpy.py', import.meta.url));
const THREADS = '2';
/** Longer than OpenBLAS's idle threads spin (2²⁸ cycles, about 0.1 s). */
const SPIN_MS = 250;

export function startNumpy(): Promise<NumpyTimer | { missing: string }> {
	const env = { ...process.env };
	for (const name of ['OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'])
		env[name] = THREADS;
	const child = spawn('python3', [SCRIPT, mnistDataDir()], {
		env,
		stdio: ['pipe', 'pipe', 'pipe']
	});
	const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const missing = (why: string) => ({
		missing: `${why}${stderr ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`
	});
	return new Promise((resolve) => {
		child.on('error', (error) => resolve(missing(`python3 could not start (${error.message})`)));
		void lines.next().then(({ value, done }) => {
			const [word, , version] = String(value ?? '').split(' ');
			if (done || word !== 'ready') {
				child.kill();
				resolve(missing('numpy did not start'));
				return;
			}
			resolve({
				version,
				async step() {
					child.stdin.write('step\n');
					const next = await lines.next();
					if (next.done) throw new Error(`numpy stopped${stderr ? `: ${stderr.trim()}` : ''}`);
					return Number(next.value);
				},
				settle: () => new Promise((resolve) => setTimeout(resolve, SPIN_MS)),
				close: () => void child.stdin.end()
			});
		});
	});
}
