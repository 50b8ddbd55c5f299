import { describe, expect, it } from 'vitest';
import { firstInkedRow, rowWindow, scrollToRow } from './row-window';

describe('rowWindow', () => {
	it.each([
		// rows, cell, maxHeight, top → first, count, offset
		[784, 28, 420, 0, { windowed: true, height: 420, first: 0, count: 16, offset: 0 }],
		[784, 28, 420, 4200, { windowed: true, height: 420, first: 150, count: 16, offset: 0 }],
		[784, 28, 420, 4210, { windowed: true, height: 420, first: 150, count: 16, offset: 10 }],
		// Scrolled past the end, as a box scrolls no further than its content.
		[784, 28, 420, 1e6, { windowed: true, height: 420, first: 769, count: 15, offset: 0 }],
		[10, 28, 420, 50, { windowed: false, height: 280, first: 0, count: 10, offset: 0 }]
	])('%i rows of %i px in a %i px box at %i px', (rows, cell, max, top, expected) => {
		expect(rowWindow(rows, cell, max, top)).toEqual(expected);
	});
});

describe('firstInkedRow and scrollToRow', () => {
	it('finds the first row with a nonzero entry, 0 for a matrix of zeros', () => {
		expect(firstInkedRow([0, 0, 0, 0, 0, 0.5], 3, 2)).toBe(2);
		expect(firstInkedRow([0, 0], 2, 1)).toBe(0);
	});

	it.each([
		[5, 28, 420, 0, 0],
		[20, 28, 420, 0, 168],
		[3, 28, 420, 280, 84]
	])(
		'keeps row %i in view (cell %i, box %i, at %i) by scrolling to %i',
		(row, cell, h, top, to) => {
			expect(scrollToRow(row, cell, h, top)).toBe(to);
		}
	);
});
