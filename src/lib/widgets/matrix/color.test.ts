import { describe, expect, it } from 'vitest';
import { matrixScale, valueScale } from './color';
import { printMode } from './print-mode.svelte';

const lightness = ([r, g, b]: readonly number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('valueScale', () => {
	const extent = 2;
	const values = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];

	it.each([
		{ value: -2, screen: 'red', print: [0, 0, 0] },
		{ value: 0, screen: 'white', print: [128, 128, 128] },
		{ value: 2, screen: 'blue', print: [255, 255, 255] },
		{ value: -9, screen: 'red', print: [0, 0, 0] },
		{ value: Number.NaN, screen: 'white', print: [128, 128, 128] }
	])('$value is $screen on screen and $print in print', ({ value, screen, print }) => {
		const [r, g, b] = valueScale(extent, 'screen').rgb(value);
		if (screen === 'red') expect(r).toBeGreaterThan(b + 40);
		if (screen === 'blue') expect(b).toBeGreaterThan(r + 40);
		if (screen === 'white') expect(Math.min(r, g, b)).toBeGreaterThan(230);
		expect(valueScale(extent, 'print').rgb(value)).toEqual(print);
	});

	it('on screen, equal magnitudes of either sign are equally dark: grey alone cannot tell them apart', () => {
		const scale = valueScale(extent, 'screen');
		const gap = Math.abs(lightness(scale.rgb(-2)) - lightness(scale.rgb(2)));
		expect(gap).toBeLessThan(40);
	});

	it('in print, grey rises with the value, so the sign survives a black-and-white printer', () => {
		const scale = valueScale(extent, 'print');
		const greys = values.map((v) => scale.rgb(v));
		for (const [r, g, b] of greys) expect(new Set([r, g, b]).size).toBe(1);
		for (let k = 1; k < greys.length; k++) {
			expect(lightness(greys[k])).toBeGreaterThan(lightness(greys[k - 1]));
		}
	});

	it('follows the page: printing switches the default palette', () => {
		expect(valueScale(extent).rgb(extent)).toEqual(valueScale(extent, 'screen').rgb(extent));
		printMode.on = true;
		try {
			expect(valueScale(extent).rgb(extent)).toEqual([255, 255, 255]);
		} finally {
			printMode.on = false;
		}
	});
});

describe('matrixScale', () => {
	it.each([
		{ data: [0, 0.5, 1], printed: [255, 128, 0], kind: 'no negatives: white to black' },
		{ data: [-1, 0, 1], printed: [0, 128, 255], kind: 'signed: the grey ramp' }
	])('in print, $kind', ({ data, printed }) => {
		printMode.on = true;
		try {
			const scale = matrixScale(data);
			data.forEach((v, k) => expect(Math.abs(scale.rgb(v)[0] - printed[k])).toBeLessThanOrEqual(1));
		} finally {
			printMode.on = false;
		}
	});

	it('on screen, the same diverging colours either way', () => {
		expect(matrixScale([0, 1]).rgb(1)).toEqual(valueScale(1, 'screen').rgb(1));
		expect(matrixScale([-1, 1]).rgb(-1)).toEqual(valueScale(1, 'screen').rgb(-1));
	});
});

// Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
const DEFICIENCIES = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** An sRGB colour as someone with the deficiency sees it, in sRGB 0–255. */
function simulate(matrix: number[][], rgb: readonly number[]): number[] {
	const linear = rgb.map((c) => {
		const v = c / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return matrix.map((row) => {
		const l = Math.min(
			1,
			Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])
		);
		return 255 * (l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055);
	});
}

describe('valueScale for colour-blind viewers', () => {
	const scale = valueScale(1, 'screen');
	it.each(
		Object.entries(DEFICIENCIES).flatMap(([name, matrix]) =>
			[0.25, 0.5, 1].map((magnitude) => ({ name, matrix, magnitude }))
		)
	)('with $name, −$magnitude and +$magnitude still look different', ({ matrix, magnitude }) => {
		const negative = simulate(matrix, scale.rgb(-magnitude));
		const positive = simulate(matrix, scale.rgb(magnitude));
		const distance = Math.hypot(...negative.map((c, k) => c - positive[k]));
		// d3's red–green RdYlGn fails this: under deuteranopia its pairs are only 6–29 apart.
		expect(distance).toBeGreaterThan(40);
	});
});
