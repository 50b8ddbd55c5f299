import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { dotProduct, rowSumTerms } from './explain';
import { fromData, matrix, type Matrix } from '../matrix';
import { addColumn, matmul } from '../ops';
import { Stepper } from '../steps/stepper';
import { mnistLike, reference } from '../test-fixture';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };

/** A Stepper on the fixture's 8 MNIST images after one full iteration's backward pass. */
function lesson(network: NetworkConfig = DEFAULT_NETWORK): Stepper {
	const s = new Stepper(
		reference.x,
		reference.labels,
		network,
		{ kind: 'gd', alpha: 0.1 },
		reference.params
	);
	s.runTo('db1');
	return s;
}

const value = (s: Stepper, name: 'Z1' | 'A1' | 'Z2' | 'dZ1' | 'dZ2' | 'db1' | 'db2'): Matrix =>
	s.value(name) ?? matrix(0, 0);

function everyEntry(m: Matrix): [number, number][] {
	return Array.from({ length: m.data.length }, (_, k) => [
		Math.floor(k / m.shape[1]),
		k % m.shape[1]
	]);
}

describe('dotProduct', () => {
	// 1·1 + 2·0 + 3·2 = 7, plus the bias 10.
	it('lists every term, the nonzero-input ones, their sum and the total (hand-worked)', () => {
		const d = dotProduct(
			matrix(1, 3, [1, 2, 3]),
			matrix(3, 1, [1, 0, 2]),
			matrix(1, 1, [10]),
			0,
			0
		);
		expect(d.terms.map((t) => t.product)).toEqual([1, 0, 6]);
		expect(d.nonzero.map((t) => t.k)).toEqual([0, 2]);
		expect([d.sum, d.bias, d.total]).toEqual([7, 10, 17]);
	});

	it.each([
		{ name: 'Z1 = W1·X + b1 on 8 MNIST images (81% zeros)', network: DEFAULT_NETWORK, w: 'W1' },
		{ name: 'Z2 = W2·A1 + b2 (ReLU zeros in A1)', network: DEFAULT_NETWORK, w: 'W2' },
		{ name: 'Z2 = W2·A1 + b2 (Leaky ReLU, no zeros)', network: LEAKY, w: 'W2' }
	] as const)('gives every entry of $name exactly as the lesson', ({ network, w }) => {
		const s = lesson(network);
		const [A, b, Z] =
			w === 'W1'
				? [reference.x, reference.params.b1, value(s, 'Z1')]
				: [value(s, 'A1'), reference.params.b2, value(s, 'Z2')];
		for (const [i, j] of everyEntry(Z)) {
			expect(dotProduct(reference.params[w], A, b, i, j).total).toBe(Z.data[i * Z.shape[1] + j]);
		}
	});

	it('keeps as nonzero exactly the pixels of image j that are not 0', () => {
		const d = dotProduct(reference.params.W1, reference.x, reference.params.b1, 4, 2);
		const lit = Array.from({ length: 784 }, (_, p) => p).filter((p) => reference.x.data[p * 8 + 2]);
		expect(d.terms).toHaveLength(784);
		expect(d.nonzero.map((t) => t.k)).toEqual(lit);
		expect(d.nonzero.length).toBeLessThan(200);
	});

	it('matches a dense product too (seeded, no zeros)', () => {
		const { x } = mnistLike(3, 5);
		const dense = fromData(
			784,
			3,
			x.data.map((v, k) => v + k / 1e4)
		);
		const Z = addColumn(matmul(reference.params.W1, dense), reference.params.b1);
		for (const [i, j] of everyEntry(Z)) {
			const d = dotProduct(reference.params.W1, dense, reference.params.b1, i, j);
			expect(d.total).toBe(Z.data[i * 3 + j]);
		}
	});

	// matmul skips X's zeros, so ∞ · 0 never becomes NaN there; the explanation must agree.
	it('skips the same zeros as matmul, so an ∞ weight on a 0 pixel stays out of the sum', () => {
		const W1 = reference.params.W1.data.slice();
		W1[0] = Infinity;
		const w = fromData(10, 784, W1);
		const expected = addColumn(matmul(w, reference.x), reference.params.b1).data[0];
		expect(Number.isFinite(expected)).toBe(true);
		expect(dotProduct(w, reference.x, reference.params.b1, 0, 0).total).toBe(expected);
	});

	it.each([
		{ i: 10, j: 0, message: 'dotProduct: (10, 0) is outside the result [10×8]' },
		{ i: 0, j: 8, message: 'dotProduct: (0, 8) is outside the result [10×8]' },
		{ i: 0.5, j: 0, message: 'dotProduct: (0.5, 0) is outside the result [10×8]' }
	])('refuses an entry outside the product: $message', ({ i, j, message }) => {
		const { W1, b1 } = reference.params;
		expect(() => dotProduct(W1, reference.x, b1, i, j)).toThrow(message);
	});

	it('refuses shapes that do not multiply, naming them', () => {
		expect(() => dotProduct(matrix(10, 784), matrix(10, 8), matrix(10, 1), 0, 0)).toThrow(
			'dotProduct: [10×784]·[10×8] + [10×1] do not fit'
		);
	});
});

describe('rowSumTerms', () => {
	// numpy: (1/3) * 2.1 == 0.7 but 2.1 / 3 == 0.7000000000000001; the lesson scales by 1/m.
	it.each([
		{ row: [1, 2, 3, 4, 5, 6], i: 1, terms: [4, 5, 6], sum: 15, mean: 5 },
		{ row: [2.1, 0, 0], i: 0, terms: [2.1, 0, 0], sum: 2.1, mean: 0.7 },
		{ row: [0.5, -0.5], i: 0, terms: [0.5, -0.5], sum: 0, mean: 0 }
	])('sums row $i of $row into $sum, mean $mean', ({ row, i, terms, sum, mean }) => {
		const r = rowSumTerms(matrix(row.length / terms.length, terms.length, row), i);
		expect(r.terms.map((t) => t.value)).toEqual(terms);
		expect(r.terms.map((t) => t.j)).toEqual(terms.map((_, j) => j));
		expect([r.sum, r.mean]).toEqual([sum, mean]);
	});

	it.each([
		{ dZ: 'dZ2', db: 'db2', network: DEFAULT_NETWORK },
		{ dZ: 'dZ1', db: 'db1', network: DEFAULT_NETWORK },
		{ dZ: 'dZ1', db: 'db1', network: LEAKY }
	] as const)('gives every entry of $db exactly as the lesson ($network.activation)', (c) => {
		const s = lesson(c.network);
		const db = value(s, c.db);
		for (let i = 0; i < 10; i++) expect(rowSumTerms(value(s, c.dZ), i).mean).toBe(db.data[i]);
	});

	it('refuses a row outside the matrix', () => {
		expect(() => rowSumTerms(matrix(10, 8), 10)).toThrow('rowSumTerms: (10, 0) is outside');
	});
});
