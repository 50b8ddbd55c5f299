/**
 * `npm run bench:notebook`: how long the notebook takes to evaluate one cell's line (parse,
 * walk, compute) on the lesson's real MNIST images, at m = 8 (the chapters' default) and
 * m = 1,000 (the most a chapter allows): the median per line, the slowest line, and the cost
 * of judging it (the evaluation plus the slip checks) and of re-running all fourteen cells.
 * Targets: under 5 ms a line at m = 8, under 50 ms at m = 1,000. The last line is JSON.
 */
import { DEFAULT_NETWORK } from '../src/lib/engine/config';
import { imagesToX, labelsOf } from '../src/lib/engine/data/columns';
import { initParams } from '../src/lib/engine/init';
import { oneHot } from '../src/lib/engine/loss';
import { CELL_NAMES, notesLine, type CellName } from '../src/lib/engine/notebook/cells';
import { evaluate } from '../src/lib/engine/notebook/evaluate';
import { fromMatrix, scalar } from '../src/lib/engine/notebook/ndarray';
import { runNotebook } from '../src/lib/engine/notebook/notebook';
import { referenceIteration } from '../src/lib/engine/notebook/reference';
import { loadMnistNode } from './lib/mnist-node';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;
const train = await loadMnistNode('train');

function median(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function time(f: () => void): number {
	for (let k = 0; k < 3; k++) f();
	const times: number[] = [];
	for (let k = 0; k < RUNS; k++) {
		const started = performance.now();
		f();
		times.push(performance.now() - started);
	}
	return median(times);
}

const summary: Record<string, number> = {};
for (const m of [8, 1000]) {
	const network = DEFAULT_NETWORK;
	const reference = referenceIteration({
		x: imagesToX(train, 0, m),
		y: oneHot(labelsOf(train, 0, m)),
		start: initParams(network),
		network,
		alpha: 0.1
	});
	const lines = Object.fromEntries(CELL_NAMES.map((c) => [c, notesLine(c, network)])) as Record<
		CellName,
		string
	>;
	const perLine = CELL_NAMES.map((cell) => {
		const values = Object.fromEntries(
			Object.entries(reference.before[cell]).map(([n, v]) => [n, fromMatrix(v)])
		);
		const scope = { values, numbers: { m: scalar(m, 'int64'), alpha: scalar(0.1) } };
		return { cell, ms: time(() => evaluate(lines[cell], scope)) };
	});
	const slowest = perLine.reduce((a, b) => (b.ms > a.ms ? b : a));
	const judged = CELL_NAMES.map((cell) =>
		time(() => runNotebook(reference, { [cell]: lines[cell] }))
	);
	const whole = time(() => runNotebook(reference, lines));
	console.log(`m = ${m}: one line, median of ${RUNS} runs (ms)`);
	console.log(perLine.map(({ cell, ms }) => `  ${cell.padEnd(4)} ${ms.toFixed(3)}`).join('\n'));
	console.log(
		`  slowest line: ${slowest.cell}, ${slowest.ms.toFixed(2)} ms (target < ${m === 8 ? 5 : 50} ms)`
	);
	console.log(
		`  judging one cell (evaluation + slip checks), slowest: ${Math.max(...judged).toFixed(2)} ms`
	);
	console.log(`  all fourteen cells judged in a chain: ${whole.toFixed(1)} ms`);
	summary[`m${m}SlowestLineMs`] = Number(slowest.ms.toFixed(3));
	summary[`m${m}WholeNotebookMs`] = Number(whole.toFixed(1));
}
console.log(JSON.stringify(summary));
