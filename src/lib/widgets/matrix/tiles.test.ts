import { describe, expect, it } from 'vitest';
import { cellUnder } from './cursor';
import { moveTile, tileAt, tileLayout } from './tiles';

describe('moveTile', () => {
	// Pixel 14·28 + 14 = 406 is the middle of an image; 0 its top-left corner, 783 its last.
	it.each([
		['ArrowUp', [2, 406], [2, 378]],
		['ArrowDown', [2, 406], [2, 434]],
		['ArrowLeft', [2, 406], [2, 405]],
		['ArrowRight', [2, 406], [2, 407]],
		// At an image's edge the arrows stop there rather than wrap into the next row or image.
		['ArrowUp', [2, 3], [2, 3]],
		['ArrowLeft', [2, 28], [2, 28]],
		['ArrowRight', [2, 27], [2, 27]],
		['ArrowDown', [2, 783], [2, 783]],
		['PageUp', [2, 406], [1, 406]],
		['[', [2, 406], [1, 406]],
		['PageDown', [2, 406], [3, 406]],
		[']', [9, 406], [9, 406]],
		['PageUp', [0, 406], [0, 406]],
		['Home', [7, 100], [0, 100]],
		['End', [0, 100], [9, 100]]
	] as const)('%s from image and pixel %j goes to %j', (key, from, to) => {
		expect(moveTile(key, from, 10)).toEqual(to);
	});

	it('leaves other keys to the page', () => {
		expect(moveTile('a', [0, 0], 10)).toBeUndefined();
		expect(moveTile('Enter', [0, 0], 10)).toBeUndefined();
	});
});

describe('tileAt', () => {
	it('finds the tile and pixel under a point, and none over a gap', () => {
		// 3 px a pixel: 84 px tiles, 6 px gaps, two a row in 180 px.
		const layout = tileLayout(4, 3, 180, 0);
		expect(layout.perRow).toBe(2);
		expect(tileAt(layout, 1, 1)).toEqual([0, 0]);
		expect(tileAt(layout, 90 + 83, 90 + 83)).toEqual([3, 783]);
		expect(tileAt(layout, 86, 10)).toBeNull();
	});
});

describe('cellUnder', () => {
	it.each([
		[0, 0, [0, 0]],
		[13.9, 13.9, [0, 0]],
		[14, 0, [0, 1]],
		[0, 28, [2, 0]],
		[139, 41, [2, 9]],
		[140, 0, null],
		[0, 42, null],
		[-1, 5, null]
	] as const)('at (%d, %d) in a 3 × 10 grid of 14 px cells is %j', (x, y, cell) => {
		expect(cellUnder(x, y, 14, 3, 10)).toEqual(cell);
	});
});
