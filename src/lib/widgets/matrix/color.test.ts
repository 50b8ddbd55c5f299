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
