/**
 * A tall matrix (X is 784 × m: 22,000 px at 28 px a row) is shown through a window of fixed
 * height that scrolls inside its box. These say which rows the window shows and where.
 */
export interface RowWindow {
	/** Whether the matrix is taller than the window, so that only part of it is drawn. */
	readonly windowed: boolean;
	/** The height of the box, in CSS pixels. */
	readonly height: number;
	/** The first row drawn, and how many (one more than fits, for the part row at the end). */
	readonly first: number;
	readonly count: number;
	/** How far the first row is scrolled past the top of the box, 0 ≤ offset < cell. */
	readonly offset: number;
}

/**
 * The rows a `maxHeight` box shows of a `rows`-row matrix scrolled `top` pixels down.
 * @example rowWindow(784, 28, 420, 4200) // { windowed: true, height: 420, first: 150, count: 16, offset: 0 }
 */
export function rowWindow(rows: number, cell: number, maxHeight: number, top: number): RowWindow {
	const full = rows * cell;
	if (full <= maxHeight) return { windowed: false, height: full, first: 0, count: rows, offset: 0 };
	const scrolled = Math.min(Math.max(0, top), full - maxHeight);
	const first = Math.floor(scrolled / cell);
	const count = Math.min(rows - first, Math.ceil(maxHeight / cell) + 1);
	return { windowed: true, height: maxHeight, first, count, offset: scrolled - first * cell };
}

/** The first row with any nonzero entry (0 if none): where a window onto X has ink to show. */
export function firstInkedRow(data: ArrayLike<number>, rows: number, cols: number): number {
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) if (data[i * cols + j] !== 0) return i;
	}
	return 0;
}

/** The scroll position that keeps `row` inside a window already at `top`. */
export function scrollToRow(row: number, cell: number, height: number, top: number): number {
	if (row * cell < top) return row * cell;
	if ((row + 1) * cell > top + height) return (row + 1) * cell - height;
	return top;
}
