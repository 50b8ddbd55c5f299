import { interpolateRdBu, scaleDiverging, scaleLinear } from 'd3';

/**
 * The one colour scale for matrix values: diverging and centred on zero, blue for positive,
 * red for negative, white for zero. Symmetric, so equal magnitudes get equal intensity.
 * Red–blue stays distinguishable for the common colour-vision deficiencies.
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

// Sampled once: looking up a pre-parsed colour is far cheaper than calling the interpolator
// (which parses a CSS string) for each of thousands of cells on every repaint.
const LUT: Uint8Array = (() => {
	const table = new Uint8Array((STEPS + 1) * 3);
	for (let k = 0; k <= STEPS; k++) {
		// interpolateRdBu runs red (0) → white (0.5) → blue (1).
		const [r, g, b] = parseRgb(interpolateRdBu(k / STEPS));
		table.set([r, g, b], k * 3);
	}
	return table;
})();

function parseRgb(css: string): [number, number, number] {
	const match = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
	if (!match) throw new Error(`color: cannot read "${css}"`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
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

/** A scale spanning [−extent, extent]; an extent of 0 becomes 1 so zeros stay white. */
export function valueScale(extent: number): ValueScale {
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
