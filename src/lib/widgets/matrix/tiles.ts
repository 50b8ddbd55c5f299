/** Pixels in one MNIST image, and its side. */
export const SIDE = 28;
export const PIXELS = SIDE * SIDE;

/** Where the tiles of a 784-axis matrix sit in a wrapping grid. */
export interface TileLayout {
	readonly count: number;
	readonly size: number;
	readonly gap: number;
	readonly caption: number;
	readonly perRow: number;
	readonly width: number;
	readonly height: number;
}

export function tileLayout(
	count: number,
	pixel: number,
	maxWidth: number,
	caption: number
): TileLayout {
	const size = SIDE * pixel;
	const gap = Math.max(4, pixel * 2);
	const perRow = Math.max(1, Math.min(count, Math.floor((maxWidth + gap) / (size + gap))));
	const lines = Math.ceil(count / perRow);
	return {
		count,
		size,
		gap,
		caption,
		perRow,
		width: perRow * size + (perRow - 1) * gap,
		height: lines * (size + caption) + (lines - 1) * gap
	};
}

/** Top-left corner of tile t. */
export function tileOrigin(layout: TileLayout, t: number): [number, number] {
	const column = t % layout.perRow;
	const line = Math.floor(t / layout.perRow);
	return [column * (layout.size + layout.gap), line * (layout.size + layout.caption + layout.gap)];
}

/** The tile and pixel under a point, or null over a gap or caption. */
export function tileAt(
	layout: TileLayout,
	x: number,
	y: number
): [tile: number, pixel: number] | null {
	const column = Math.floor(x / (layout.size + layout.gap));
	const line = Math.floor(y / (layout.size + layout.caption + layout.gap));
	const t = line * layout.perRow + column;
	if (column < 0 || column >= layout.perRow || t < 0 || t >= layout.count) return null;
	const [x0, y0] = tileOrigin(layout, t);
	const c = Math.floor(((x - x0) / layout.size) * SIDE);
	const r = Math.floor(((y - y0) / layout.size) * SIDE);
	if (c < 0 || c >= SIDE || r < 0 || r >= SIDE) return null;
	return [t, r * SIDE + c];
}

/** Where a read cell of a matrix with a 784-long axis sits in its 28 × 28 image, in words. */
export function pixelNote(cursor: readonly [number, number], axis: 'rows' | 'cols'): string {
	const p = axis === 'rows' ? cursor[1] : cursor[0];
	return ` · pixel ${p} (row ${Math.floor(p / SIDE)}, column ${p % SIDE} of the image)`;
}

/**
 * Where a key moves the read pixel [tile, pixel] among `count` images: the arrows within an
 * image (stopping at its edges), Page Up/Down (or [ and ]) to the previous/next image, Home and
 * End to the first and last; undefined for other keys.
 */
export function moveTile(
	key: string,
	[t, p]: readonly [number, number],
	count: number
): [tile: number, pixel: number] | undefined {
	const [r, c] = [Math.floor(p / SIDE), p % SIDE];
	const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
	const moves: Record<string, [number, number]> = {
		ArrowUp: [t, clamp(r - 1, SIDE) * SIDE + c],
		ArrowDown: [t, clamp(r + 1, SIDE) * SIDE + c],
		ArrowLeft: [t, r * SIDE + clamp(c - 1, SIDE)],
		ArrowRight: [t, r * SIDE + clamp(c + 1, SIDE)],
		PageUp: [clamp(t - 1, count), p],
		'[': [clamp(t - 1, count), p],
		PageDown: [clamp(t + 1, count), p],
		']': [clamp(t + 1, count), p],
		Home: [0, p],
		End: [count - 1, p]
	};
	const next = moves[key];
	return next && next[1] < PIXELS ? next : undefined;
}
