import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { initRandnMinusHalf } from '../what-if/errata';
import { forward } from '../forward';
import { hiddenActivity } from './hidden-activity';
import { matrix, ShapeError } from '../matrix';
import { reference } from '../test-fixture';

describe('hiddenActivity', () => {
	// Node 0 is off for both images, node 1 only for the first.
	it('counts negative Z1, zero A1 and dead nodes (hand-worked)', () => {
		const Z1 = matrix(2, 2, [-1, -2, -3, 4]);
		const A1 = matrix(2, 2, [0, 0, 0, 4]);
		expect(hiddenActivity({ Z1, A1 })).toEqual({
			nodes: 2,
			images: 2,
			entries: 4,
			negative: 3,
			zeros: 3,
			deadNodes: 1,
			dead: [true, false]
		});
	});

	it('finds every node alive under Leaky ReLU', () => {
		const network = { ...DEFAULT_NETWORK, activation: 'leaky-relu' as const };
		const a = hiddenActivity(forward(reference.params, reference.x, network));
		expect([a.zeros, a.deadNodes]).toEqual([0, 0]);
	});

	it('finds every ReLU node dead on real digits after randn − 0.5', () => {
		const params = initRandnMinusHalf(DEFAULT_NETWORK);
		const a = hiddenActivity(forward(params, reference.x, DEFAULT_NETWORK));
		expect(a.negative).toBe(80);
		expect(a.deadNodes).toBe(10);
	});

	it('names both shapes when they differ', () => {
		expect(() => hiddenActivity({ Z1: matrix(2, 2), A1: matrix(2, 3) })).toThrow(ShapeError);
	});
});
