/**
 * `npm run bench`: the median time of one full-batch iteration (forward, loss, backward and
 * update) of the fast path. First one thread at m = 10,000 and 60,000, WebAssembly and the
 * JavaScript fallback; then, at m = 60,000 and in one run, round by round so that every
 * contender sees the same load: the notes' numpy code in float64 on 2 BLAS threads, one
 * thread, 2 workers and the machine's count (os.availableParallelism()), with each one's
 * ratio to numpy; last, each worker's peak memory over a long run. A contender's turn in a
 * round is TURN_MS of iterations back to back, as training runs them, and only those started
 * after its first WARM_MS are timed: after the others' turn the cores were idle (or busy with
 * numpy's 376 MB matrix) and come back slowly. On one 2-vCPU machine, by place in a turn, the
 * two workers took 10.7, 10.2, 9.9, 9.7, 9.6, 9.6, 9.5 and 9.3 ms (medians over 21 rounds),
 * one thread 19.6 falling to 19.0 by the fourth, numpy 74.3 then 72.7–73.4: timing the fourth
 * iteration, as this did before, charged the workers 4% of warming up that training does
 * once. The first iteration of each turn is printed too, and on Linux the share of CPU time
 * the host stole from the machine meanwhile (cpu-steal.js). Ends with JSON lines:
 * {"m":60000,"workers":N,"medianMs":…} per worker count, numpy's, and
 * {"m":60000,"medianMs":…} for one thread.
 */
import { loadavg } from 'node:os';
import { sliceSet } from '../src/lib/engine/data/mnist';
import { createFastTrainer } from '../src/lib/engine/fast';
import { createParallelTrainer } from '../src/lib/engine/parallel';
import { startNumpy } from './bench-numpy';
import { parseArgs, UsageError } from './lib/args';
import { loadMnistNode } from './lib/mnist-node';
import { nodeShardPorts, nodeWorkers } from './lib/node-shards';
import { kernelWasmBytes } from './lib/kernel-bytes';
import { memoryRun } from './bench-memory';
import { cpuTicks, stolenBetween } from './lib/cpu-steal.js';

const USAGE = `usage: npm run bench [-- --warmup 5 --runs 21 --wasm-only --no-numpy
       --memory-iterations 5000]`;

let options;
try {
	options = parseArgs(process.argv.slice(2), {
		warmup: { kind: 'int' },
		runs: { kind: 'int' },
		'wasm-only': { kind: 'flag' },
		'no-numpy': { kind: 'flag' },
		'memory-iterations': { kind: 'int' }
	});
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`bench: ${error.message}\n${USAGE}`);
	process.exit(2);
}
const warmup = Number(options.warmup ?? 5);
const runs = Number(options.runs ?? 21);
const memoryIterations = Number(options['memory-iterations'] ?? 5000);
if (warmup < 0 || runs < 1 || memoryIterations < 0) {
	console.error(`bench: need --warmup ≥ 0, --runs ≥ 1 and --memory-iterations ≥ 0\n${USAGE}`);
	process.exit(2);
}

const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(', ');
const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1];
const spread = (times: number[]) =>
	`min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`;
const [train, wasm] = await Promise.all([loadMnistNode('train'), kernelWasmBytes()]);
console.log(`load average at the start: ${load()} (1, 5, 15 minutes)`);

console.log(`\none full-batch iteration on one thread, median of ${runs} after ${warmup} warm-up`);
const kinds = options['wasm-only'] ? (['wasm'] as const) : (['wasm', 'js'] as const);
for (const kind of kinds) {
	for (const m of kind === 'wasm' ? [10000] : [10000, 60000]) {
		const trainer = await createFastTrainer(sliceSet(train, 0, m), {
			wasm: kind === 'wasm' ? wasm : undefined
		});
		const times: number[] = [];
		for (let i = 0; i < warmup + runs; i++) {
			const started = performance.now();
			trainer.step();
			if (i >= warmup) times.push(performance.now() - started);
		}
		const ms = median(times).toFixed(1).padStart(6);
		console.log(`  ${kind.padEnd(4)} m = ${String(m).padStart(5)}: ${ms} ms  (${spread(times)})`);
	}
}

/** One contender at m = 60,000: a name, and a function that runs one iteration and times it. */
interface Contender {
	readonly name: string;
	readonly workers?: number;
	step(): Promise<number>;
	/** Waits until the contender no longer uses the cores (numpy's spinning BLAS threads). */
	settle?(): Promise<void>;
	close?(): void;
}
const timed = async (step: () => unknown) => {
	const started = performance.now();
	await step();
	return performance.now() - started;
};
/** How long each contender's turn in a round lasts, and how much of it is warming up. */
const TURN_MS = 400;
const WARM_MS = 200;
const contenders: Contender[] = [];
const numpy = options['no-numpy'] ? { missing: '--no-numpy' } : await startNumpy();
if ('missing' in numpy) console.log(`\nnumpy left out: ${numpy.missing}`);
else
	contenders.push({
		name: `numpy ${numpy.version} float64, 2 BLAS threads`,
		step: numpy.step,
		settle: numpy.settle,
		close: numpy.close
	});
const one = await createFastTrainer(train, { wasm });
contenders.push({ name: 'wasm, one thread', step: () => timed(() => one.step()) });
for (const n of [...new Set([2, nodeWorkers()])]) {
	const trainer = await createParallelTrainer(train, { wasm, ports: nodeShardPorts(n) });
	contenders.push({
		name: `wasm, ${n} workers`,
		workers: n,
		step: () => timed(() => trainer.step()),
		close: () => trainer.close()
	});
}
console.log(
	`\nat m = 60,000, side by side: ${warmup} warm-up rounds, then ${runs} rounds in which each has ${TURN_MS} ms of iterations back to back, those after its first ${WARM_MS} ms timed`
);
const ticks = cpuTicks();
const times = contenders.map(() => [] as number[]);
const firsts = contenders.map(() => [] as number[]);
for (let round = 0; round < warmup + runs; round++) {
	for (const [k, c] of contenders.entries()) {
		const turn: number[] = [];
		const started = performance.now();
		for (let at = 0; at < TURN_MS || turn.length < 2; at = performance.now() - started) {
			const ms = await c.step();
			if (at >= WARM_MS) turn.push(ms);
			else if (at === 0) firsts[k].push(ms);
		}
		await c.settle?.();
		if (round >= warmup) times[k].push(median(turn));
	}
}
const stolen = stolenBetween(ticks, cpuTicks());
const medians = times.map(median);
const numpyMs = 'missing' in numpy ? undefined : medians[0];
for (const [k, c] of contenders.entries()) {
	const ratio = numpyMs === undefined ? '' : `  ${(medians[k] / numpyMs).toFixed(3)} × numpy`;
	console.log(
		`  ${c.name.padEnd(36)} ${medians[k].toFixed(1).padStart(6)} ms${ratio}  (${spread(times[k])})`
	);
}
if (numpyMs !== undefined) {
	const at = (name: string) => medians[contenders.findIndex((c) => c.name === name)] / numpyMs;
	console.log(
		`  targets: one thread ≤ 0.20 × numpy (${at('wasm, one thread').toFixed(3)}), 2 workers ≤ 0.13 × numpy (${at('wasm, 2 workers').toFixed(3)})`
	);
}
const cold = contenders.map(
	(c, k) =>
		`${c.name.startsWith('numpy') ? 'numpy' : c.name.replace('wasm, ', '')} ${median(firsts[k]).toFixed(1)}`
);
console.log(`  the first iteration of a turn, after the others': ${cold.join(', ')} ms`);
if (stolen !== undefined)
	console.log(`  CPU time the host took from this machine during the rounds (steal): ${stolen}`);
for (const c of contenders) c.close?.();
console.log(`load average after: ${load()}`);

if (memoryIterations > 0) await memoryRun(train, wasm, nodeWorkers(), memoryIterations);

for (const [k, c] of contenders.entries()) {
	if (c.workers)
		console.log(
			JSON.stringify({ m: 60000, workers: c.workers, medianMs: Number(medians[k].toFixed(2)) })
		);
}
if (numpyMs !== undefined)
	console.log(JSON.stringify({ m: 60000, numpyMedianMs: Number(numpyMs.toFixed(2)) }));
const oneMs = medians[contenders.findIndex((c) => c.name === 'wasm, one thread')];
console.log(JSON.stringify({ m: 60000, medianMs: Number(oneMs.toFixed(2)) }));
