/**
 * The identity collapse against numpy: W = W²W¹, b = W²b¹ + b², both sides of the
 * substitution, and the two networks that do and do not collapse.
 */
import { describe, expect, it } from 'vitest';
import { collapse, COLLAPSE_TOLERANCE } from './collapse';
import { matrix, type Matrix } from '../matrix';
import { derive, mnistLike, reference } from '../test-fixture';

const numpy = derive.collapse;
const identity = { activation: 'identity', leakySlope: 0.01 } as const;
const relu = { activation: 'relu', leakySlope: 0.01 } as const;

function largestGap(a: Matrix, b: { data: number[] }): number {
	return Math.max(...Array.from(a.data, (v, k) => Math.abs(v - b.data[k])));
}

describe('collapse', () => {
	const { params, x } = reference;

	it('W = W²W¹ (10 × 784) and b = W²b¹ + b² (10 × 1) are numpy’s', () => {
		const c = collapse(params, x, identity);
		expect(c.W.shape).toEqual([10, 784]);
		expect(c.b.shape).toEqual([10, 1]);
		numpy.pixels.forEach((p, k) => {
			for (let i = 0; i < 10; i++) {
				const theirs = numpy.W.data[i * numpy.pixels.length + k];
				expect(Math.abs(c.W.data[i * 784 + p] - theirs)).toBeLessThan(1e-15);
			}
		});
		expect(largestGap(c.b, numpy.b)).toBeLessThan(1e-15);
		expect(largestGap(c.oneLayer, numpy.oneLayer)).toBeLessThan(1e-13);
	});

	it.each([
		{ name: 'identity', g: identity, equal: true },
		{ name: 'relu', g: relu, equal: false }
	] as const)(
		'with g = $name the two layers are numpy’s; equal to one layer: $equal',
		({ name, g, equal }) => {
			const c = collapse(params, x, g);
			expect(largestGap(c.twoLayers, numpy.twoLayers[name])).toBeLessThan(1e-13);
			expect(c.equal).toBe(equal);
			if (equal) {
				expect(c.relative).toBeLessThan(COLLAPSE_TOLERANCE);
				expect(c.samePredictions).toBe(8);
			} else {
				expect(c.largestDifference).toBeGreaterThan(0.1);
			}
		}
	);

	it('points at the entry where the two sides differ most', () => {
		const c = collapse(params, x, relu);
		const [i, j] = c.at;
		const gap = Math.abs(c.twoLayers.data[i * 8 + j] - c.oneLayer.data[i * 8 + j]);
		expect(gap).toBe(c.largestDifference);
	});

	it('collapses for any images, not only the reference ones', () => {
		const { x: other } = mnistLike(30, 5);
		expect(collapse(params, other, identity).equal).toBe(true);
		expect(collapse(params, other, relu).equal).toBe(false);
	});

	it('names the shapes when X does not fit W¹', () => {
		expect(() => collapse(params, matrix(783, 2), identity)).toThrow('inputs = 783');
	});
});
