import { describe, expect, it } from 'vitest';
import { scrollToShow } from './follow';

const region = { top: 8, bottom: 608 }; // 600 px between the window's top and the dock

describe('scrollToShow', () => {
	it.each([
		['stays put when the result is already readable', [100, 900], [200, 400], 0],
		['stays put when the result touches the edges exactly', [0, 1000], [8, 608], 0],
		['brings a figure below up to the top of the window', [900, 1200], [1000, 1100], 892],
		['brings a figure above down to the top', [-700, -300], [-500, -400], -708],
		[
			'shows the whole figure when only its result was hidden under the dock',
			[300, 700],
			[620, 690],
			292
		],
		[
			'keeps a tall figure as high as its result allows, the result above the dock',
			[-2000, 2000],
			[1200, 1300],
			692
		],
		['puts the top of a result taller than the window at the top', [-100, 3000], [700, 2000], 692],
		[
			'scrolls up to a result above in a tall figure, with as much of the figure above it as fits',
			[-3000, 1000],
			[-900, -800],
			-1408
		],
		[
			'scrolls up to the figure top when the result then still shows',
			[-400, 500],
			[-300, -200],
			-408
		]
	] as const)('%s', (_, [fTop, fBottom], [rTop, rBottom], expected) => {
		const figure = { top: fTop, bottom: fBottom };
		const result = { top: rTop, bottom: rBottom };
		expect(scrollToShow(figure, result, region)).toBe(expected);
	});

	it('leaves the result inside the region after the scroll it asks for', () => {
		for (let top = -3000; top <= 3000; top += 137) {
			const figure = { top, bottom: top + 450 };
			const result = { top: top + 200, bottom: top + 420 };
			const delta = scrollToShow(figure, result, region);
			expect(result.top - delta).toBeGreaterThanOrEqual(region.top);
			expect(result.bottom - delta).toBeLessThanOrEqual(region.bottom);
		}
	});
});
