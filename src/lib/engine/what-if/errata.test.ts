import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import {
	hiddenErrorWithoutSlope,
	initRandnMinusHalf,
	scalarDb,
	softmaxNaive,
	TRAINING_VARIANTS,
	variantSteps
} from './errata';
import { initParams } from '../init';
import { matrix, type Matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { lessonSteps } from '../steps';
import { bits, reference } from '../test-fixture';

const GD = { kind: 'gd', alpha: 0.1 } as const;

/** The fixture's 8 MNIST images after one backward pass, from its numpy starting values. */
function lesson(): (name: 'Z1' | 'dZ1' | 'dZ2' | 'db2') => Matrix {
	const s = new Stepper(reference.x, reference.labels, DEFAULT_NETWORK, GD, reference.params);
	s.runTo('db1');
	return (name) => s.value(name) ?? matrix(0, 0);
}

function meanAndStd(data: Float64Array): [number, number] {
	const mean = data.reduce((a, b) => a + b, 0) / data.length;
	const variance = data.reduce((a, b) => a + (b - mean) ** 2, 0) / data.length;
	return [mean, Math.sqrt(variance)];
}

describe('hiddenErrorWithoutSlope (dZ¹ = W²ᵀ dZ², the missing ⊙ g′)', () => {
	// W²ᵀ of [[1, 2], [3, 4]] is [[1, 3], [2, 4]]; times (1, 1)ᵀ gives (4, 6).
	it('is W2ᵀ dZ2 (hand-worked)', () => {
		const out = hiddenErrorWithoutSlope(matrix(2, 2, [1, 2, 3, 4]), matrix(2, 1, [1, 1]));
		expect(Array.from(out.data)).toEqual([4, 6]);
	});

	// numpy on the fixture: 54% of Z¹ is ≤ 0, and W²ᵀdZ² there reaches 0.67 in size.
	it('agrees with the right dZ1 where Z1 > 0 and blames switched-off nodes where Z1 ≤ 0', () => {
		const v = lesson();
		const slip = hiddenErrorWithoutSlope(reference.params.W2, v('dZ2'));
		const off = Array.from(v('Z1').data, (z, k) => [z, k] as const).filter(([z]) => z <= 0);
		expect(off.length / 80).toBeCloseTo(0.5375, 10);
		for (const [z, k] of Array.from(v('Z1').data, (z, k) => [z, k] as const)) {
			if (z > 0) expect(slip.data[k]).toBe(v('dZ1').data[k]);
			else expect(Math.abs(v('dZ1').data[k])).toBe(0);
		}
		expect(Math.max(...off.map(([, k]) => Math.abs(slip.data[k])))).toBeCloseTo(0.67147559, 8);
	});
});

describe('scalarDb (the notebook’s 1/m · np.sum(dZ))', () => {
	// 1 + 2 + 3 + 4 = 10 over m = 2 columns: 5, the same for both rows.
	it('sums every entry into one number and repeats it in every row (hand-worked)', () => {
		expect(Array.from(scalarDb(matrix(2, 2, [1, 2, 3, 4])).data)).toEqual([5, 5]);
	});

	// numpy: np.sum(dZ2) / 8 = 8.7e-18 on the fixture, while the right db2 runs from −0.19 to
	// 0.30; each column of dZ2 = A2 − Y sums to 1 − 1 = 0.
	it('is zero up to rounding for the output layer, unlike the right db2', () => {
		const v = lesson();
		expect(Math.max(...scalarDb(v('dZ2')).data.map(Math.abs))).toBeLessThan(1e-15);
		expect(Math.max(...v('db2').data.map(Math.abs))).toBeCloseTo(0.29883083, 8);
	});

	// numpy: np.sum(dZ1) / 8 = 0.7814577047372754, the sum of the ten right db1 entries.
	it('for the hidden layer is the sum of the ten right db1 entries, given to every node', () => {
		const slip = scalarDb(lesson()('dZ1'));
		expect(slip.shape).toEqual([10, 1]);
		for (const value of slip.data) expect(value).toBeCloseTo(0.7814577047372754, 14);
	});
});

describe('initRandnMinusHalf (W = N(0, 1) − 0.5)', () => {
	it('gives the four shapes and the same bits for the same seed', () => {
		const a = initRandnMinusHalf(DEFAULT_NETWORK);
		expect([a.W1.shape, a.b1.shape, a.W2.shape, a.b2.shape]).toEqual([
			[10, 784],
			[10, 1],
			[10, 10],
			[10, 1]
		]);
		expect(bits(initRandnMinusHalf(DEFAULT_NETWORK).W1)).toEqual(bits(a.W1));
		expect(bits(initRandnMinusHalf({ ...DEFAULT_NETWORK, seed: 1 }).W1)).not.toEqual(bits(a.W1));
	});

	// 7,840 draws: the sample mean is within 3 standard errors (3/√7840 ≈ 0.034) of −0.5, the
	// spread within 0.03 of 1. U[−0.5, 0.5) has mean 0 and standard deviation 1/√12 ≈ 0.289.
	it.each([
		{ name: 'randn − 0.5', params: initRandnMinusHalf(DEFAULT_NETWORK), mean: -0.5, std: 1 },
		{ name: 'rand − 0.5', params: initParams(DEFAULT_NETWORK), mean: 0, std: 1 / Math.sqrt(12) }
	])('$name: W1 has mean ≈ $mean and standard deviation ≈ $std', ({ params, mean, std }) => {
		const [m, s] = meanAndStd(params.W1.data);
		expect(Math.abs(m - mean)).toBeLessThan(0.034);
		expect(Math.abs(s - std)).toBeLessThan(0.03);
	});

	it('switches off every hidden ReLU for every fixture image (Z1 < 0 throughout)', () => {
		const s = new Stepper(
			reference.x,
			reference.labels,
			DEFAULT_NETWORK,
			GD,
			initRandnMinusHalf(DEFAULT_NETWORK)
		);
		s.runTo('A1');
		expect(s.value('Z1')?.data.every((z) => z < 0)).toBe(true);
	});
});

describe('variantSteps', () => {
	it.each([
		{ variant: 'correct', changed: [] },
		{ variant: 'randn-init', changed: [] },
		{ variant: 'no-g-prime', changed: ['dZ1'] },
		{ variant: 'scalar-db', changed: ['db2', 'db1'] }
	] as const)('$variant replaces exactly the steps $changed', ({ variant, changed }) => {
		const right = lessonSteps(DEFAULT_NETWORK, GD);
		const steps = variantSteps(DEFAULT_NETWORK, GD, variant);
		expect(steps.map((s) => s.id)).toEqual(right.map((s) => s.id));
		const differ = steps.filter((s, k) => s.tex !== right[k].tex).map((s) => s.id);
		expect(differ).toEqual(changed);
		expect(steps.filter((s) => s.tex.includes('slip')).map((s) => s.id)).toEqual(changed);
	});

	it('lists every variant once', () => {
		expect(TRAINING_VARIANTS).toEqual(['correct', 'no-g-prime', 'scalar-db', 'randn-init']);
	});
});

describe('softmaxNaive, re-exported with the other slips', () => {
	it('overflows to NaN where the engine’s softmax does not', () => {
		expect(softmaxNaive([710, 0])[0]).toBeNaN();
	});
});
