import { describe, expect, it } from 'vitest';
import {
	drawable,
	moveAlong,
	nearestIndex,
	pointAt,
	widen,
	xPositions,
	type ChartSeries
} from './chart';

const series = (id: string, points: [number, number][]): ChartSeries => ({
	id,
	label: id,
	color: '#000',
	points: points.map(([x, y]) => ({ x, y }))
});
const loss = series('loss', [
	[1, 3],
	[2, 2],
	[3, 1]
]);
const test = series('test', [
	[1, 0.1],
	[3, 0.5]
]);

describe('xPositions', () => {
	it('merges every series’ x once, sorted', () => {
		expect(xPositions([test, loss])).toEqual([1, 2, 3]);
	});
});

describe('pointAt', () => {
	it.each([
		[2, { x: 2, y: 2 }],
		[0, undefined]
	])('finds the point of a series at x = %d', (x, expected) => {
		expect(pointAt(loss, x)).toEqual(expected);
	});

	it('falls back to the last measurement before x for a sparse series', () => {
		expect(pointAt(test, 2)).toEqual({ x: 1, y: 0.1 });
	});
});

describe('moveAlong', () => {
	const xs = Array.from({ length: 30 }, (_, k) => k + 1);
	it.each([
		['ArrowRight', 5, 6],
		['ArrowLeft', 5, 4],
		['ArrowLeft', 1, 1],
		['PageUp', 5, 8],
		['PageDown', 5, 2],
		['Home', 5, 1],
		['End', 5, 30],
		['ArrowRight', null, 1],
		['ArrowLeft', null, 30]
	] as const)('%s from %s goes to %d', (key, from, to) => {
		expect(moveAlong(key, xs, from)).toBe(to);
	});

	it('ignores other keys and empty charts', () => {
		expect(moveAlong('a', xs, 5)).toBeUndefined();
		expect(moveAlong('Home', [], null)).toBeUndefined();
	});
});

describe('nearestIndex', () => {
	it('picks the closest position', () => {
		expect(nearestIndex([0, 10, 20], 14)).toBe(1);
		expect(nearestIndex([], 14)).toBe(-1);
	});
});

describe('drawable and widen', () => {
	it('keeps finite values, and only positive ones on a log scale', () => {
		const s = series('s', [
			[1, NaN],
			[2, 0],
			[3, Infinity],
			[4, 2]
		]);
		expect(drawable([s], false)).toEqual([0, 2]);
		expect(drawable([s], true)).toEqual([2]);
	});

	it('opens up a domain with a single value', () => {
		expect(widen(3, 3, false)).toEqual([2, 4]);
		expect(widen(3, 3, true)).toEqual([1.5, 6]);
		expect(widen(1, 2, true)).toEqual([1, 2]);
	});
});
