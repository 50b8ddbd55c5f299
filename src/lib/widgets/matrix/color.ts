import { interpolateRdBu, scaleDiverging, scaleLinear } from 'd3';
import { printMode } from './print-mode.svelte';

/**
 * The one colour scale for matrix values: diverging and centred on zero, blue for positive,
 * red for negative, white for zero. Symmetric, so equal magnitudes get equal intensity.
 * Red–blue stays distinguishable for the common colour-vision deficiencies. In print it becomes
 * a grey ramp, black for the most negative through mid-grey for 0 to white for the most
 * positive, because red and blue of one strength print as the same grey and the sign is lost.
 */
export interface ValueScale {
	/** Largest |value| the scale spans; values beyond it take the end colours. */
	readonly extent: number;
	/** CSS colour for a value. */
	color(value: number): string;
	/** The same colour as packed RGB bytes, for writing ImageData quickly. */
	rgb(value: number): readonly [number, number, number];
	/** Evenly spaced values for a legend, including 0. */
	ticks(count?: number): number[];
}

const STEPS = 255;

/** 'print-unsigned' is for a matrix with no negative value (pixels, probabilities, ReLU
 * outputs): white for 0 to black for the largest, as ink on paper. */
export type Palette = 'screen' | 'print' | 'print-unsigned';

// Sampled once: looking up a pre-parsed colour is far cheaper than calling the interpolator
// (which parses a CSS string) for each of thousands of cells on every repaint.
const LUTS: Record<Palette, Uint8Array> = {
	screen: lookupTable((t) => parseRgb(interpolateRdBu(t))),
	print: lookupTable((t) => {
		const grey = Math.round(t * 255);
		return [grey, grey, grey];
	}),
	'print-unsigned': lookupTable((t) => {
		// Zero falls on step 128 of 255, which must print white: no ink where there is nothing.
		const zero = Math.round(STEPS / 2) / STEPS;
		const grey = Math.round(255 * Math.min(1, (1 - t) / (1 - zero)));
		return [grey, grey, grey];
	})
};

/** Colours for t = 0 (most negative) … 1 (most positive), at STEPS + 1 points. */
function lookupTable(colour: (t: number) => [number, number, number]): Uint8Array {
	const table = new Uint8Array((STEPS + 1) * 3);
	for (let k = 0; k <= STEPS; k++) table.set(colour(k / STEPS), k * 3);
	return table;
}

function parseRgb(css: string): [number, number, number] {
	const match = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
	if (!match) throw new Error(`color: cannot read "${css}"`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The scale for one matrix on its own: spans its largest |value|, and in print, when nothing in
 * it is negative, uses the white-to-black ramp rather than spending grey on a sign it lacks.
 */
export function matrixScale(data: ArrayLike<number>): ValueScale {
	if (!printMode.on) return valueScale(maxAbs(data), 'screen');
	let signed = false;
	for (let k = 0; k < data.length && !signed; k++) signed = data[k] < 0;
	return valueScale(maxAbs(data), signed ? 'print' : 'print-unsigned');
}

/** Largest finite |value| in the data (0 for an empty or all-zero matrix). */
export function maxAbs(data: ArrayLike<number>): number {
	let max = 0;
	for (let k = 0; k < data.length; k++) {
		const v = Math.abs(data[k]);
		if (v > max && Number.isFinite(v)) max = v;
	}
	return max;
}

/**
 * A scale spanning [−extent, extent]; an extent of 0 becomes 1 so zeros stay white. The palette
 * follows the page (printing or not) unless given; made inside a `$derived`, a scale is made
 * again when the page starts or stops printing.
 */
export function valueScale(
	extent: number,
	palette: Palette = printMode.on ? 'print' : 'screen'
): ValueScale {
	const LUT = LUTS[palette];
	const span = extent > 0 && Number.isFinite(extent) ? extent : 1;
	const position = scaleDiverging([-span, 0, span], (t) => t).clamp(true);
	const index = (value: number) =>
		Number.isFinite(value) ? Math.round(position(value) * STEPS) : Math.round(STEPS / 2);
	return {
		extent: span,
		rgb(value) {
			const k = index(value) * 3;
			return [LUT[k], LUT[k + 1], LUT[k + 2]];
		},
		color(value) {
			const [r, g, b] = this.rgb(value);
			return `rgb(${r}, ${g}, ${b})`;
		},
		ticks(count = 5) {
			return scaleLinear([-span, span], [0, 1]).ticks(count);
		}
	};
}
