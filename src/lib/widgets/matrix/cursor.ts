/** A cell being read: [row, column], both counted from 0 like numpy. */
export type Cell = readonly [row: number, col: number];

/**
 * Where the arrow, Home/End and Page keys move a cursor in a rows × cols grid, or undefined
 * for keys that do not move it. Page keys jump a tenth of the way, so a 784-long axis can be
 * crossed in a few presses.
 */
export function moveCursor(
	key: string,
	cursor: Cell,
	rows: number,
	cols: number
): Cell | undefined {
	const [i, j] = cursor;
	const jump = Math.max(1, Math.round(cols / 10));
	const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
	switch (key) {
		case 'ArrowUp':
			return [clamp(i - 1, rows), j];
		case 'ArrowDown':
			return [clamp(i + 1, rows), j];
		case 'ArrowLeft':
			return [i, clamp(j - 1, cols)];
		case 'ArrowRight':
			return [i, clamp(j + 1, cols)];
		case 'Home':
			return [i, 0];
		case 'End':
			return [i, cols - 1];
		case 'PageUp':
			return [i, clamp(j - jump, cols)];
		case 'PageDown':
			return [i, clamp(j + jump, cols)];
		default:
			return undefined;
	}
}

/**
 * The cell of a rows × cols grid, `cell` pixels a side, under the point (x, y) measured from
 * the grid's top-left corner; null outside the grid.
 */
export function cellUnder(
	x: number,
	y: number,
	cell: number,
	rows: number,
	cols: number
): Cell | null {
	const i = Math.floor(y / cell);
	const j = Math.floor(x / cell);
	return i >= 0 && i < rows && j >= 0 && j < cols ? [i, j] : null;
}
