/**
 * Turns a drawing into an MNIST digit, the way MNIST's own digits were made: the ink's
 * bounding box is scaled (keeping its aspect ratio) to fit a 20 × 20 box, anti-aliased by
 * averaging over area into grayscale 0–255, and placed in the 28 × 28 field so that its centre
 * of mass lands on pixel (14, 14) — without ink on the field's outermost pixels, which MNIST's
 * digits almost never touch. Without this a network trained on MNIST sees a drawing that is
 * too big, too thin or off-centre, and guesses badly.
 */
import { IMAGE_SIDE, IMAGE_SIZE } from './mnist';

/** The side of the box a digit is fitted into, in pixels. */
export const DIGIT_BOX = 20;
/** Where the centre of mass goes: row and column 14 (pixel i sits at i); MNIST's average. */
export const FIELD_CENTRE = IMAGE_SIDE / 2;
/** Pixels kept clear along every edge of the field, when centring would reach them. */
export const MARGIN = 1;

/** The alpha channel of RGBA pixels (a canvas's image data) as ink 0–255. */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number): Uint8Array {
	if (rgba.length !== width * height * 4) {
		throw new RangeError(
			`inkFromRgba: ${width} × ${height} RGBA needs ${width * height * 4} bytes, got ${rgba.length}`
		);
	}
	const ink = new Uint8Array(width * height);
	for (let p = 0; p < ink.length; p++) ink[p] = rgba[p * 4 + 3];
	return ink;
}

/** The smallest rectangle holding every pixel > 0, inclusive; undefined when there is none. */
export function inkBounds(
	pixels: ArrayLike<number>,
	width: number,
	height: number
): { left: number; top: number; right: number; bottom: number } | undefined {
	let left = width;
	let right = -1;
	let top = height;
	let bottom = -1;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (pixels[y * width + x] <= 0) continue;
			left = Math.min(left, x);
			right = Math.max(right, x);
			top = Math.min(top, y);
			bottom = Math.max(bottom, y);
		}
	}
	return right < 0 ? undefined : { left, top, right, bottom };
}

/**
 * The ink-weighted mean position [row, column], pixel (r, c) counting at (r, c) as in
 * scipy's `center_of_mass`; undefined for a blank image.
 */
export function centreOfMass(
	pixels: ArrayLike<number>,
	width: number,
	height: number
): [row: number, col: number] | undefined {
	let mass = 0;
	let row = 0;
	let col = 0;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const v = pixels[y * width + x];
			mass += v;
			row += v * y;
			col += v * x;
		}
	}
	return mass > 0 ? [row / mass, col / mass] : undefined;
}

/** Adds `value` × the area of [x0, x1) × [y0, y1) that falls in each cell of a side × side grid. */
function splat(
	grid: Float64Array,
	side: number,
	x0: number,
	x1: number,
	y0: number,
	y1: number,
	value: number
): void {
	for (let cy = Math.max(0, Math.floor(y0)); cy < Math.min(side, Math.ceil(y1)); cy++) {
		const h = Math.min(y1, cy + 1) - Math.max(y0, cy);
		for (let cx = Math.max(0, Math.floor(x0)); cx < Math.min(side, Math.ceil(x1)); cx++) {
			grid[cy * side + cx] += value * h * (Math.min(x1, cx + 1) - Math.max(x0, cx));
		}
	}
}

/**
 * A `width × height` drawing (ink 0–255, row by row) as a 28 × 28 MNIST digit (784 bytes,
 * 0 = paper, 255 = full ink), or undefined if nothing is drawn.
 * @example preprocessDrawing(inkFromRgba(context.getImageData(0, 0, 280, 280).data, 280, 280), 280, 280)
 */
export function preprocessDrawing(
	ink: ArrayLike<number>,
	width: number,
	height: number
): Uint8Array | undefined {
	if (ink.length !== width * height) {
		throw new RangeError(
			`preprocessDrawing: ${width} × ${height} needs ${width * height} pixels, got ${ink.length}`
		);
	}
	const bounds = inkBounds(ink, width, height);
	if (!bounds) return undefined;
	const w = bounds.right - bounds.left + 1;
	const h = bounds.bottom - bounds.top + 1;
	// Each drawn pixel becomes a square of side s in the 20 × 20 box, centred in it.
	const s = DIGIT_BOX / Math.max(w, h);
	const ox = (DIGIT_BOX - w * s) / 2;
	const oy = (DIGIT_BOX - h * s) / 2;
	const box = new Float64Array(DIGIT_BOX * DIGIT_BOX);
	for (let y = bounds.top; y <= bounds.bottom; y++) {
		for (let x = bounds.left; x <= bounds.right; x++) {
			const v = ink[y * width + x];
			if (v <= 0) continue;
			const left = ox + (x - bounds.left) * s;
			const top = oy + (y - bounds.top) * s;
			splat(box, DIGIT_BOX, left, left + s, top, top + s, Math.min(v, 255) / 255);
		}
	}
	const bytes = new Uint8Array(box.length);
	for (let k = 0; k < box.length; k++) bytes[k] = Math.round(255 * Math.min(1, box[k]));
	const inked = inkBounds(bytes, DIGIT_BOX, DIGIT_BOX);
	const centre = centreOfMass(bytes, DIGIT_BOX, DIGIT_BOX);
	if (!inked || !centre) return undefined;
	// Whole-pixel shifts keep the anti-aliasing intact. A top-heavy digit (a 7's bar) has its
	// centre of mass high in its box, and centring it exactly puts its foot on the field's last
	// row — a row inked in about 1% of MNIST's training images, so its weights have hardly been
	// trained. Such a digit stops a pixel short of the edge instead.
	const shift = (target: number, low: number, high: number) =>
		Math.min(
			IMAGE_SIDE - 1 - MARGIN - high,
			Math.max(MARGIN - low, Math.round(FIELD_CENTRE - target))
		);
	const dy = shift(centre[0], inked.top, inked.bottom);
	const dx = shift(centre[1], inked.left, inked.right);
	const digit = new Uint8Array(IMAGE_SIZE);
	for (let y = inked.top; y <= inked.bottom; y++) {
		for (let x = inked.left; x <= inked.right; x++) {
			digit[(y + dy) * IMAGE_SIDE + x + dx] = bytes[y * DIGIT_BOX + x];
		}
	}
	return digit;
}
