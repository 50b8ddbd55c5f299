import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { firstNonFinite } from './divergence';
import { fromData, matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { reference } from '../test-fixture';

const { x: X, labels: Y, params } = reference;

function runUntilDiverged(s: Stepper, maxIterations: number): number {
	let k = 0;
	while (s.status !== 'diverged' && k < maxIterations) {
		s.runIteration();
		k++;
	}
	return k;
}

describe('divergence', () => {
	it('firstNonFinite finds the first NaN or ±∞, row by row', () => {
		expect(firstNonFinite(matrix(2, 2, [1, 2, 3, 4]))).toBeUndefined();
		expect(firstNonFinite(matrix(2, 3, [0, 1, 2, 3, -Infinity, NaN]))).toEqual({
			row: 1,
			col: 1,
			value: -Infinity
		});
	});

	it('α = 50 on the fixture images (Leaky ReLU) stops at the step that overflows, with the cause', () => {
		const network = { ...DEFAULT_NETWORK, activation: 'leaky-relu' as const };
		const s = new Stepper(X, Y, network, { kind: 'gd', alpha: 50 }, params);
		runUntilDiverged(s, 1000);
		const d = s.divergence;
		expect(s.status).toBe('diverged');
		expect(d?.cause).toBe('overflow');
		expect(d?.iteration).toBeGreaterThan(1);
		expect(d?.stepId).toBe(s.lastStep?.id);
		expect(d?.symbol).toBe(s.lastStep?.output);
		expect(d?.message).toBe(
			`${d?.symbol} became ${Number.isNaN(d?.value) ? 'NaN (not a number)' : d?.value === Infinity ? 'Infinity' : '−Infinity'} ` +
				`at row ${d?.row}, column ${d?.col} in iteration ${d?.iteration} — ` +
				'the learning rate α = 50 is too large'
		);
		const bad = s.value(d?.symbol ?? 'Z1')?.data[(d?.row ?? 0) * 8 + (d?.col ?? 0)];
		expect(Number.isFinite(bad)).toBe(false);
	});

	it('once diverged, further steps are refused until back() or reset()', () => {
		const network = { ...DEFAULT_NETWORK, activation: 'leaky-relu' as const };
		const s = new Stepper(X, Y, network, { kind: 'gd', alpha: 50 }, params);
		runUntilDiverged(s, 1000);
		const stuck = s.state;
		expect(s.canAdvance).toBe(false);
		expect(s.next()).toBe(stuck);
		expect(s.runTo('A2')).toBe(stuck);
		expect(s.runIteration()).toBe(stuck);
		expect(s.back()).toBe(true);
		expect(s.status).not.toBe('diverged');
		expect(s.divergence).toBeUndefined();
		s.next();
		expect(s.status).toBe('diverged');
		s.reset();
		expect([s.status, s.iteration, s.stepIndex]).toEqual(['ready', 1, 0]);
	});

	// Not a divergence, but the other thing a too-large α does, worth knowing when testing it:
	// with plain ReLU every hidden node dies within a few iterations, so nothing can blow up.
	it('α = 50 with ReLU on the fixture images kills every hidden node instead of diverging', () => {
		const s = new Stepper(X, Y, DEFAULT_NETWORK, { kind: 'gd', alpha: 50 }, params, {
			historyLimit: 0
		});
		expect(runUntilDiverged(s, 300)).toBe(300);
		expect(s.value('A1')?.data.every((a) => a === 0)).toBe(true);
		expect(Number.isFinite(s.loss)).toBe(true);
	});

	it('a NaN in the data is reported at the first step that meets it, as given, not computed', () => {
		const x = X.data.slice();
		x[300 * 8 + 2] = NaN;
		const s = new Stepper(
			fromData(784, 8, x),
			Y,
			DEFAULT_NETWORK,
			{ kind: 'gd', alpha: 0.1 },
			params
		);
		s.runIteration();
		expect(s.status).toBe('diverged');
		expect(s.divergence).toMatchObject({
			stepId: 'A0',
			iteration: 1,
			cause: 'input',
			row: 300,
			col: 2
		});
		expect(s.divergence?.message).toBe(
			'A0 became NaN (not a number) at row 300, column 2 in iteration 1 — its input X already ' +
				'held NaN (not a number) at row 300, column 2, which was given, not computed: check ' +
				'the data and the starting parameters'
		);
	});

	it('a forced ∞ in the starting W2 surfaces as a NaN in Z2 (∞ − ∞), blamed on the input', () => {
		const w2 = params.W2.data.slice();
		w2[3 * 10 + 4] = Infinity;
		w2[3 * 10 + 5] = -Infinity;
		const forced = { ...params, W2: fromData(10, 10, w2) };
		const s = new Stepper(X, Y, DEFAULT_NETWORK, { kind: 'gd', alpha: 0.1 }, forced);
		s.runIteration();
		expect(s.divergence?.stepId).toBe('Z2');
		expect(s.divergence?.cause).toBe('input');
		expect(s.divergence?.message).toMatch(
			/^Z2 became .* its input W2 already held Infinity at row 3, column 4/
		);
	});

	it('an overflow before any update blames the data or starting values, not α', () => {
		const big = { ...params, W1: fromData(10, 784, new Float64Array(7840).fill(1e308)) };
		const s = new Stepper(X, Y, DEFAULT_NETWORK, { kind: 'gd', alpha: 0.1 }, big);
		s.runIteration();
		expect(s.divergence?.cause).toBe('overflow');
		expect(s.divergence?.iteration).toBe(1);
		expect(s.divergence?.message).toMatch(/the data or the starting parameters are too large/);
	});
});
