import type { Matrix } from '$lib/engine/matrix';
import type { ValueScale } from './color';
import { cellBitmap, prepareCanvas } from './paint';
import { SIDE, tileOrigin, type TileLayout } from './tiles';

/** What the tiles mark over their images: outlined tiles, a row of pixels, captions, the read pixel. */
export interface TileMarks {
	readonly highlightTiles: readonly number[];
	/** Outline this row of pixels (0–27) in every image. */
	readonly bandRow?: number;
	readonly caption?: (tile: number) => string;
	/** The read pixel, in tile coordinates: [tile, pixel]. */
	readonly cursor: readonly [number, number] | null;
	readonly pinned: boolean;
}

/**
 * Paints a matrix with a 784-long axis as 28 × 28 images laid out by `layout`: one for each
 * row (`axis` 'rows', as W¹) or column ('cols', as X), each framed (thicker when highlighted),
 * with its caption under it, the band row and the read pixel outlined (thicker when pinned).
 */
export function paintTiles(
	canvas: HTMLCanvasElement,
	matrix: Matrix,
	axis: 'rows' | 'cols',
	scale: ValueScale,
	layout: TileLayout,
	marks: TileMarks
): void {
	const context = prepareCanvas(canvas, layout.width, layout.height);
	if (!context) return;
	const cols = matrix.shape[1];
	const byRows = axis === 'rows';
	const n = layout.count;
	// One strip of all images side by side, then each copied to its place in the grid.
	const strip = cellBitmap(matrix.data, SIDE, SIDE * n, scale, (r, c) => {
		const t = (c / SIDE) | 0;
		const p = r * SIDE + (c % SIDE);
		return byRows ? t * cols + p : p * cols + t;
	});
	const step = layout.size / SIDE;
	context.font = '12px system-ui, sans-serif';
	context.textAlign = 'center';
	for (let t = 0; t < n; t++) {
		const [x, y] = tileOrigin(layout, t);
		const highlighted = marks.highlightTiles.includes(t);
		context.drawImage(strip, t * SIDE, 0, SIDE, SIDE, x, y, layout.size, layout.size);
		context.strokeStyle = highlighted ? '#1b1f24' : '#c9c5b9';
		context.lineWidth = highlighted ? 3 : 1;
		context.strokeRect(x - 0.5, y - 0.5, layout.size + 1, layout.size + 1);
		if (marks.bandRow !== undefined) {
			context.strokeStyle = '#c2410c';
			context.lineWidth = 2;
			context.strokeRect(x - 1, y + marks.bandRow * step - 1, layout.size + 2, step + 2);
		}
		if (marks.caption) {
			context.fillStyle = '#1b1f24';
			context.fillText(marks.caption(t), x + layout.size / 2, y + layout.size + 12);
		}
	}
	if (marks.cursor) {
		const [t, p] = marks.cursor;
		const [x, y] = tileOrigin(layout, t);
		context.strokeStyle = '#c2410c';
		context.lineWidth = marks.pinned ? 3 : 2;
		context.strokeRect(
			x + (p % SIDE) * step - 1,
			y + Math.floor(p / SIDE) * step - 1,
			step + 2,
			step + 2
		);
	}
}
