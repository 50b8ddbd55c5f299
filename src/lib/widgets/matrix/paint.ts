import type { Matrix } from '$lib/engine/matrix';
import type { ValueScale } from './color';
import type { Cell } from './cursor';
import type { RowWindow } from './row-window';

/**
 * Canvas painting shared by the heatmap and the 28 × 28 tiles. Values are first written one
 * pixel per cell into a small bitmap, then scaled up with smoothing off: one drawImage call
 * however many cells, so a repaint stays well inside a frame.
 */
export function cellBitmap(
	values: ArrayLike<number>,
	rows: number,
	cols: number,
	scale: ValueScale,
	at: (i: number, j: number) => number = (i, j) => i * cols + j
): HTMLCanvasElement {
	const bitmap = document.createElement('canvas');
	bitmap.width = Math.max(cols, 1);
	bitmap.height = Math.max(rows, 1);
	const context = bitmap.getContext('2d');
	if (!context || rows === 0 || cols === 0) return bitmap;
	const image = context.createImageData(cols, rows);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			const [r, g, b] = scale.rgb(values[at(i, j)]);
			const k = (i * cols + j) * 4;
			image.data[k] = r;
			image.data[k + 1] = g;
			image.data[k + 2] = b;
			image.data[k + 3] = 255;
		}
	}
	context.putImageData(image, 0, 0);
	return bitmap;
}

/** Sizes a canvas for crisp drawing at the screen's pixel density; returns its context. */
export function prepareCanvas(
	canvas: HTMLCanvasElement,
	width: number,
	height: number
): CanvasRenderingContext2D | null {
	const ratio = window.devicePixelRatio || 1;
	canvas.width = Math.round(width * ratio);
	canvas.height = Math.round(height * ratio);
	canvas.style.width = `${width}px`;
	canvas.style.height = `${height}px`;
	const context = canvas.getContext('2d');
	if (!context) return null;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.imageSmoothingEnabled = false;
	return context;
}

/** Thin separators between cells, only when cells are big enough for them to help. */
export function gridLines(
	context: CanvasRenderingContext2D,
	rows: number,
	cols: number,
	cell: number
): void {
	if (cell < 9) return;
	context.strokeStyle = 'rgba(255, 255, 255, 0.7)';
	context.lineWidth = 1;
	context.beginPath();
	for (let i = 1; i < rows; i++) {
		context.moveTo(0, i * cell + 0.5);
		context.lineTo(cols * cell, i * cell + 0.5);
	}
	for (let j = 1; j < cols; j++) {
		context.moveTo(j * cell + 0.5, 0);
		context.lineTo(j * cell + 0.5, rows * cell);
	}
	context.stroke();
}

/** What a heatmap marks over its colours: outlined rows and columns, and the cell being read. */
export interface GridMarks {
	readonly rows: readonly number[];
	readonly cols: readonly number[];
	readonly cursor: Cell | null;
	readonly pinned: boolean;
}

/**
 * Paints the rows of `matrix` that `view` shows (all of them for a matrix that fits), `cell`
 * CSS pixels a cell, with grid lines, the outlined rows and columns, and the cursor, thicker
 * when it is pinned.
 */
export function paintRows(
	canvas: HTMLCanvasElement,
	matrix: Matrix,
	scale: ValueScale,
	cell: number,
	view: RowWindow,
	marks: GridMarks
): void {
	const cols = matrix.shape[1];
	const width = cols * cell;
	const { first, count, offset } = view;
	const context = prepareCanvas(canvas, width, view.height);
	if (!context) return;
	context.translate(0, -offset);
	const at = (i: number, j: number) => (first + i) * cols + j;
	context.drawImage(cellBitmap(matrix.data, count, cols, scale, at), 0, 0, width, count * cell);
	gridLines(context, count, cols, cell);
	const y = (i: number) => (i - first) * cell;
	context.strokeStyle = '#1b1f24';
	context.lineWidth = 2;
	for (const i of marks.rows) context.strokeRect(1, y(i) + 1, width - 2, cell - 2);
	for (const j of marks.cols) context.strokeRect(j * cell + 1, 1, cell - 2, count * cell - 2);
	if (marks.cursor) {
		const [i, j] = marks.cursor;
		context.strokeStyle = '#c2410c';
		context.lineWidth = marks.pinned ? 4 : 3;
		context.strokeRect(j * cell - 0.5, y(i) - 0.5, cell + 1, cell + 1);
	}
}
