import { describe, expect, it } from 'vitest';
import { referenceCases } from '../../../../scripts/lib/reference-fixture';
import { DEFAULT_NETWORK } from '../config';
import { oneHot } from '../loss';
import { CELL_NAMES, cellStep, notesLine, type CellName } from './cells';
import { fromMatrix } from './ndarray';
import { runNotebook } from './notebook';
import { referenceIteration } from './reference';

// numpy's first iteration (float64) of the ReLU and Leaky ReLU reference cases: 8 MNIST images.
const cases = referenceCases().filter((c) => c.optimizer.kind === 'gd');

function referenceOf(c: (typeof cases)[number]) {
	return referenceIteration({
		x: c.x,
		y: oneHot(c.set.labels),
		start: c.init,
		network: { ...DEFAULT_NETWORK, activation: c.activation, leakySlope: c.leakySlope },
		alpha: c.optimizer.alpha
	});
}

/** numpy's value for a cell: the iteration's matrices, then the parameters after the update. */
function numpyValue(c: (typeof cases)[number], cell: CellName) {
	const [first] = c.iterations;
	return cellStep(cell).startsWith('update-')
		? first.after[cell as 'W1' | 'b1' | 'W2' | 'b2']
		: first.values[cell];
}

describe.each(cases)('the notes’ fourteen lines, $name', (c) => {
	const reference = referenceOf(c);
	const network = reference.input.network;
	const ran = Object.fromEntries(CELL_NAMES.map((name) => [name, notesLine(name, network)]));
	const run = runNotebook(reference, ran);

	it.each(CELL_NAMES)('%s: the notes’ line matches the engine bit for bit', (cell) => {
		const verdict = run.outcomes[cell]?.verdict;
		expect(verdict?.kind).toBe('match');
		expect(verdict?.slip).toBeUndefined();
		// The same operations in the same order as the lesson's steps: not one bit differs.
		expect(verdict?.comparison).toEqual({ kind: 'match', largest: 0 });
	});

	it.each(CELL_NAMES)(
		'%s: run in a chain from the learner’s own cells, it gives numpy’s value',
		(cell) => {
			const yours = run.yours[cell];
			const numpy = numpyValue(c, cell);
			expect(yours?.shape).toEqual(numpy.shape);
			const scale = Math.max(1e-3, ...numpy.data.map(Math.abs));
			numpy.data.forEach((x, k) =>
				expect(Math.abs((yours?.data[k] ?? NaN) - x)).toBeLessThan(1e-12 * scale)
			);
		}
	);

	it('no input is marked as differing from the engine’s', () => {
		for (const cell of CELL_NAMES) expect(run.differing[cell]).toEqual([]);
	});

	it('the engine’s reference is numpy’s iteration', () => {
		for (const cell of CELL_NAMES) {
			const numpy = numpyValue(c, cell);
			const scale = Math.max(1e-3, ...numpy.data.map(Math.abs));
			const engine = fromMatrix(reference.value[cell]);
			numpy.data.forEach((x, k) =>
				expect(Math.abs(engine.data[k] - x)).toBeLessThan(1e-12 * scale)
			);
		}
	});
});

const relu = cases.find((c) => c.activation === 'relu');
if (!relu) throw new Error('no ReLU reference case');

describe('any correct spelling passes', () => {
	const reference = referenceOf(relu);
	it.each([
		['Z1', 'Z1 = W1 @ X + b1'],
		['Z1', 'Z1 = np.dot(W1, X) + b1'],
		['Z1', 'Z1 = W1.dot(A0) + b1'],
		['Z1', 'Z1 = b1 + np.matmul(W1, A0)'],
		['Z1', 'Z1 = (X.T @ W1.T).T + b1'],
		['A1', 'A1 = np.maximum(0, Z1)'],
		['A1', 'A1 = Z1 * (Z1 > 0)'],
		['A1', 'A1 = np.where(Z1 > 0, Z1, 0)'],
		['Z2', 'Z2 = W2 @ A1 + b2'],
		[
			'A2',
			'A2 = np.exp(Z2 - Z2.max(axis=0, keepdims=True)) / np.exp(Z2 - Z2.max(axis=0)).sum(axis=0)'
		],
		['A2', 'A2 = np.exp(Z2) / np.sum(np.exp(Z2), axis=0, keepdims=True)'],
		['dZ2', 'dZ2 = -(Y - A2)'],
		['dW2', 'dW2 = dZ2 @ A1.T / m'],
		['dW2', 'dW2 = np.dot(dZ2, A1.T) / Y.shape[1]'],
		['db2', 'db2 = np.mean(dZ2, axis=1, keepdims=True)'],
		['db2', 'db2 = dZ2.sum(axis=1).reshape(10, 1) / m'],
		['db2', 'db2 = 1/m * np.sum(dZ2, 1, keepdims=True)'],
		['dZ1', 'dZ1 = (W2.T @ dZ2) * (Z1 > 0).astype(float)'],
		['dZ1', 'dZ1 = np.dot(W2.T, dZ2) * np.where(Z1 > 0, 1, 0)'],
		['dZ1', 'g = Z1 > 0\ndZ1 = W2.T @ dZ2 * g'],
		['dW1', 'dW1 = 1 / m * dZ1 @ A0.T'],
		['db1', 'db1 = np.sum(dZ1, axis=-1, keepdims=True) / m'],
		['W1', 'W1 -= alpha * dW1'],
		['W1', 'W1 = W1 - 0.1 * dW1'],
		['b2', 'b2 = b2 - alpha * db2  # the output biases']
	] as [CellName, string][])('%s: %s', (cell, code) => {
		const run = runNotebook(reference, { [cell]: code });
		expect(run.outcomes[cell]?.verdict.kind).toBe('match');
	});
});
