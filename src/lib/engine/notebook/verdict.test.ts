import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { oneHot } from '../loss';
import { reference as fixture } from '../test-fixture';
import type { CellName } from './cells';
import { runNotebook, type Ran } from './notebook';
import { referenceIteration } from './reference';

// The numpy reference case's 8 MNIST images and starting parameters, with the notes' α.
const reference = referenceIteration({
	x: fixture.x,
	y: oneHot(fixture.labels),
	start: fixture.params,
	network: DEFAULT_NETWORK,
	alpha: 0.1
});

const verdictOf = (cell: CellName, code: string, ran: Ran = {}) => {
	const outcome = runNotebook(reference, { ...ran, [cell]: code }).outcomes[cell];
	if (!outcome) throw new Error(`${cell} did not run`);
	return outcome.verdict;
};

describe('numpy’s errors, with both shapes', () => {
	it.each([
		{
			cell: 'Z1',
			code: 'Z1 = W1 @ X.T + b1',
			display:
				'ValueError: matmul: shapes (10, 784) and (8, 784) are not aligned: 784 (dim 1) != 8 (dim 0)',
			hint: /\.T would fit/,
			span: 'W1 @ X.T'
		},
		{
			cell: 'dW1',
			code: 'dW1 = 1 / m * np.dot(dZ1, X)',
			display:
				'ValueError: dot: shapes (10, 8) and (784, 8) are not aligned: 8 (dim 1) != 784 (dim 0)',
			hint: /\.T would fit: \(8, 784\)/,
			span: 'np.dot(dZ1, X)'
		},
		{
			cell: 'Z2',
			code: 'Z2 = W2 @ A1 + b2.T',
			display: 'ValueError: operands could not be broadcast together with shapes (10, 8) (1, 10)',
			span: 'W2 @ A1 + b2.T'
		},
		{
			cell: 'Z1',
			code: 'Z1 = W1 @ X + np.sum(b1, axis=1)',
			display: 'ValueError: operands could not be broadcast together with shapes (10, 8) (10,)',
			hint: /keepdims=True/,
			span: 'W1 @ X + np.sum(b1, axis=1)'
		},
		{
			cell: 'Z1',
			code: 'Z1 = W1 X + b1',
			display: 'SyntaxError: invalid syntax. Perhaps you forgot an operator?',
			hint: /W1 @ X/
		},
		{
			cell: 'A1',
			code: 'A1 = ReLU(Z1)',
			display: "NameError: name 'ReLU' is not defined",
			hint: /np\.maximum/,
			span: 'ReLU'
		},
		{
			cell: 'Z1',
			code: 'Z1 = W1 @ X + b1 + dZ2',
			display: "NameError: name 'dZ2' is not defined",
			hint: /not computed yet/
		},
		{ cell: 'Z1', code: 'Z1 = np.random.rand(10, 8)', display: 'np.random is not supported here' },
		{
			cell: 'A2',
			code: 'def softmax(Z):\n    return np.exp(Z)',
			display: 'def (defining a function) is not supported in a cell'
		},
		{
			cell: 'dZ2',
			code: 'dZ2 = A2 - Y[:, 8]',
			display: 'IndexError: index 8 is out of bounds for axis 1 with size 8'
		},
		{ cell: 'dZ2', code: 'A2 - Y', display: undefined }
	])('$code → $display', ({ cell, code, display, hint, span }) => {
		const verdict = verdictOf(cell as CellName, code);
		if (display === undefined) {
			expect(verdict.kind).toBe('match');
			expect(verdict.notes.join(' ')).toMatch(/Not assigned to dZ2/);
			return;
		}
		expect(verdict.kind).toBe('error');
		expect(verdict.error?.display).toBe(display);
		if (hint) expect(verdict.error?.hint).toMatch(hint);
		if (span) expect(code.slice(verdict.error?.from, verdict.error?.to)).toBe(span);
	});
});

describe('the notes’ slips, recognised by value', () => {
	it.each([
		{
			cell: 'db2',
			code: 'db2 = 1/m * np.sum(dZ2)',
			kind: 'shape',
			slip: 'scalar-db',
			note: /A single number: db2 is 10 × 1/
		},
		{
			cell: 'db1',
			code: 'db1 = np.sum(dZ1) / m',
			kind: 'shape',
			slip: 'scalar-db',
			note: /^A single number: db1 is 10 × 1, one number per hidden node, like b1\.$/
		},
		{
			cell: 'db2',
			code: 'db2 = np.mean(dZ2)',
			kind: 'shape',
			slip: undefined,
			note: /broadcast your number into every bias/
		},
		{ cell: 'dZ1', code: 'dZ1 = W2.T @ dZ2', kind: 'values', slip: 'no-g-prime' },
		{ cell: 'dZ1', code: 'dZ1 = np.dot(W2.T, dZ2) * 1', kind: 'values', slip: 'no-g-prime' },
		{
			cell: 'A2',
			code: 'A2 = np.exp(Z2) / sum(np.exp(Z2))',
			kind: 'match',
			slip: 'overflow-prone'
		},
		{ cell: 'Z1', code: 'Z1 = W1 @ X', kind: 'values', slip: 'no-bias' },
		{
			cell: 'A1',
			code: 'A1 = np.where(Z1 > 0, Z1, 0.01 * Z1)',
			kind: 'values',
			slip: 'other-activation'
		},
		{ cell: 'A1', code: 'A1 = Z1 > 0', kind: 'values', slip: 'slope' },
		{
			cell: 'W1',
			code: 'W1 = W1 + alpha * dW1',
			kind: 'values',
			slip: 'step-size',
			note: undefined,
			text: /a step up the loss/
		},
		{
			cell: 'b2',
			code: 'b2 = b2 - 0.01 * db2',
			kind: 'values',
			slip: 'step-size',
			text: /α = 0\.01; the page’s α is 0\.1/
		}
	])('$code: $slip', ({ cell, code, kind, slip, note, text }) => {
		const verdict = verdictOf(cell as CellName, code);
		expect(verdict.kind).toBe(kind);
		expect(verdict.slip?.id).toBe(slip);
		if (note) expect(verdict.notes[0]).toMatch(note);
		if (text) expect(verdict.slip?.text).toMatch(text);
	});

	it('a correct line is not taken for a slip', () => {
		for (const [cell, code] of [
			['dZ1', 'dZ1 = W2.T @ dZ2 * (Z1 > 0)'],
			['db2', 'db2 = 1/m * np.sum(dZ2, axis=1, keepdims=True)'],
			[
				'A2',
				'A2 = np.exp(Z2 - np.max(Z2, axis=0)) / np.sum(np.exp(Z2 - np.max(Z2, axis=0)), axis=0)'
			]
		] as [CellName, string][]) {
			const verdict = verdictOf(cell, code);
			expect(verdict.kind).toBe('match');
			expect(verdict.slip).toBeUndefined();
		}
	});
});

describe('other wrong results, explained', () => {
	it.each([
		{
			cell: 'dW2',
			code: 'dW2 = dZ2 @ A1.T',
			note: /exactly m = 8 times the engine’s: the 1\/m is missing/
		},
		{ cell: 'dZ2', code: 'dZ2 = Y - A2', note: /the negative of the engine’s/ },
		{ cell: 'dW2', code: 'dW2 = 1/m * A1 @ dZ2.T', note: /transpose of the engine’s/ },
		{
			cell: 'db2',
			code: 'db2 = 1/m * np.sum(dZ2, axis=1)',
			note: /A 1-D array \(10,\).*keepdims=True/
		},
		{
			cell: 'db2',
			code: 'db2 = 1/m * np.sum(dZ2, axis=0, keepdims=True)',
			note: /1 × 8, one number per image: the sum ran down the columns/
		},
		{ cell: 'dW1', code: 'dW1 = 1/m * X @ dZ1.T', note: /784 × 10 is the transpose of 10 × 784/ },
		{
			cell: 'b1',
			code: 'b1 = b1 - alpha * db1.reshape(10)',
			note: /10 × 10: a 1-D \(10,\) gradient/
		}
	])('$code', ({ cell, code, note }) => {
		expect(verdictOf(cell as CellName, code).notes[0]).toMatch(note);
	});

	it('values that differ report the largest difference and where it is', () => {
		const verdict = verdictOf('Z1', 'Z1 = W1 @ X + b1 + (np.zeros((10, 8)) + 1) * (Z1 > 1e9)', {});
		expect(verdict.kind).toBe('error'); // Z1 is this cell's own name: not defined yet
		const shifted = verdictOf(
			'Z2',
			'Z2 = W2 @ A1 + b2 + np.where(W2[:, 0:8] > 10, 0, 1) * 0 + 0.5 * (Y > 0)'
		);
		expect(shifted.kind).toBe('values');
		if (shifted.comparison?.kind !== 'values') throw new Error('expected values to differ');
		expect(shifted.comparison.largest).toBeCloseTo(0.5, 12);
		const [i, j] = shifted.comparison.at;
		expect(fixture.labels[j]).toBe(i);
	});
});

describe('a notebook that flows', () => {
	it('a later cell uses the learner’s own earlier result, and says so', () => {
		const ran = { Z1: 'Z1 = W1 @ X' };
		const run = runNotebook(reference, { ...ran, A1: 'A1 = np.maximum(Z1, 0)' });
		expect(run.outcomes.Z1?.verdict.kind).toBe('values');
		expect(run.outcomes.A1?.verdict.kind).toBe('own-inputs');
		expect(run.differing.A1.map((n) => n.name)).toEqual(['Z1']);
		expect(run.differing.A1[0].largest).toBeGreaterThan(0);
		// Further on, dZ1 reads Z1 too and is told the same.
		expect(run.differing.dZ1.map((n) => n.name)).toEqual(['Z1']);
	});

	it('a cell that raised an error leaves the engine’s value in scope', () => {
		const run = runNotebook(reference, { Z1: 'Z1 = W1 @ X.T + b1', A1: 'A1 = np.maximum(Z1, 0)' });
		expect(run.outcomes.A1?.verdict.kind).toBe('match');
		expect(run.differing.A1).toEqual([]);
	});

	it('a mis-shaped result flows on and the next product fails as numpy’s would', () => {
		const run = runNotebook(reference, {
			db2: 'db2 = 1/m * np.sum(dZ2, axis=1)',
			b2: 'b2 = b2 - alpha * db2'
		});
		expect(run.outcomes.b2?.verdict.kind).toBe('shape');
		expect(run.outcomes.b2?.verdict.notes[0]).toMatch(/10 × 10/);
		expect(run.differing.b2).toEqual([{ name: 'db2', largest: undefined }]);
	});
});
