import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import type { MnistSet } from './mnist';
import { centreOfMass, inkBounds, inkFromRgba, preprocessDrawing } from './preprocess';

const SIDE = 280;
type Point = readonly [x: number, y: number];

/** Distance from p to the segment a–b. */
function distance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const [dx, dy] = [bx - ax, by - ay];
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** A pen stroke through `points` of the given radius on a 280 × 280 canvas, with soft edges. */
function stroke(radius: number, ...lines: Point[][]): Uint8Array {
	const ink = new Uint8Array(SIDE * SIDE);
	for (let y = 0; y < SIDE; y++) {
		for (let x = 0; x < SIDE; x++) {
			let d = Infinity;
			for (const points of lines) {
				for (let k = 0; k + 1 < points.length; k++) {
					d = Math.min(d, distance([x + 0.5, y + 0.5], points[k], points[k + 1]));
				}
				if (points.length === 1)
					d = Math.min(d, distance([x + 0.5, y + 0.5], points[0], points[0]));
			}
			ink[y * SIDE + x] = Math.round(255 * Math.max(0, Math.min(1, radius + 0.5 - d)));
		}
	}
	return ink;
}

/** Written here, not imported, so that the check does not trust the code it checks. */
function measure(digit: Uint8Array) {
	let [mass, row, col] = [0, 0, 0];
	let [top, bottom, left, right] = [28, -1, 28, -1];
	digit.forEach((v, p) => {
		if (v === 0) return;
		const [r, c] = [Math.floor(p / 28), p % 28];
		[mass, row, col] = [mass + v, row + v * r, col + v * c];
		[top, bottom, left, right] = [
			Math.min(top, r),
			Math.max(bottom, r),
			Math.min(left, c),
			Math.max(right, c)
		];
	});
	return {
		width: right - left + 1,
		height: bottom - top + 1,
		bottom,
		row: row / mass,
		col: col / mass
	};
}

const strokes: [string, Uint8Array][] = [
	[
		'a tall 1 in the top-left corner',
		stroke(9, [
			[40, 20],
			[52, 150]
		])
	],
	[
		'a wide dash near the bottom',
		stroke(8, [
			[30, 240],
			[250, 250]
		])
	],
	[
		'an L with a heavy foot',
		stroke(
			12,
			[
				[90, 30],
				[90, 230],
				[230, 230]
			],
			[
				[120, 225],
				[220, 225]
			]
		)
	],
	[
		'a 7',
		stroke(10, [
			[60, 50],
			[210, 50],
			[120, 250]
		])
	],
	['a small dot', stroke(3, [[200, 200]])],
	[
		'a diagonal against the right edge',
		stroke(7, [
			[270, 10],
			[200, 270]
		])
	],
	[
		'a 0',
		stroke(11, [
			[140, 40],
			[200, 90],
			[200, 190],
			[140, 240],
			[80, 190],
			[80, 90],
			[140, 40]
		])
	]
];

/** How far from (14, 14) a digit's centre of mass may land: half a pixel, a pixel for a 7. */
const offCentre = (name: string) => (name === 'a 7' ? 1 : 0.5);

describe('preprocessDrawing', () => {
	it.each(strokes)('fits %s in a 20 × 20 box with its centre of mass at (14, 14)', (name, ink) => {
		const digit = preprocessDrawing(ink, SIDE, SIDE);
		expect(digit).toBeInstanceOf(Uint8Array);
		const m = measure(digit!);
		expect(m.width).toBeLessThanOrEqual(20);
		expect(m.height).toBeLessThanOrEqual(20);
		expect(Math.max(m.width, m.height)).toBeGreaterThanOrEqual(19);
		expect(Math.abs(m.row - 14)).toBeLessThanOrEqual(offCentre(name));
		expect(Math.abs(m.col - 14)).toBeLessThanOrEqual(offCentre(name));
	});

	it.each(strokes)('keeps %s off the outermost pixels of the field', (_, ink) => {
		const digit = preprocessDrawing(ink, SIDE, SIDE)!;
		const edge = (p: number) => [0, 27].includes(Math.floor(p / 28)) || [0, 27].includes(p % 28);
		expect(digit.filter((v, p) => v > 0 && edge(p))).toHaveLength(0);
	});

	it('lifts a normally drawn 7 off the bottom row: its bar pulls its centre of mass up', () => {
		// Bar across the top, stem down to the bottom left, in a 22-pixel pen as on the pad.
		const seven = stroke(11, [
			[60, 50],
			[220, 50],
			[120, 250]
		]);
		const m = measure(preprocessDrawing(seven, SIDE, SIDE)!);
		expect(m.height).toBe(20);
		// Exactly centred it would reach row 27; it stops at row 26, its centre a pixel high.
		expect(m.bottom).toBe(26);
		expect(m.row).toBeGreaterThan(12.5);
		expect(m.row).toBeLessThan(14);
	});

	it('keeps the aspect ratio: a stroke four times as tall as wide stays about that shape', () => {
		const m = measure(
			preprocessDrawing(
				stroke(
					0.5,
					[
						[100, 40],
						[100, 200]
					],
					[
						[140, 40],
						[140, 200]
					]
				),
				SIDE,
				SIDE
			)!
		);
		expect(m.height).toBe(20);
		expect(m.width).toBeGreaterThanOrEqual(5);
		expect(m.width).toBeLessThanOrEqual(7);
	});

	it('writes grayscale: full ink is 255 and the anti-aliased edges are in between', () => {
		const digit = preprocessDrawing(strokes[3][1], SIDE, SIDE)!;
		expect(Math.max(...digit)).toBe(255);
		expect(digit.some((v) => v > 0 && v < 255)).toBe(true);
	});

	it('gives nothing for a blank canvas and refuses the wrong number of pixels', () => {
		expect(preprocessDrawing(new Uint8Array(SIDE * SIDE), SIDE, SIDE)).toBeUndefined();
		expect(() => preprocessDrawing(new Uint8Array(10), 4, 4)).toThrow(
			'4 × 4 needs 16 pixels, got 10'
		);
	});

	describe('on real MNIST digits drawn again at ten times their size', () => {
		let train: MnistSet;
		beforeAll(async () => {
			train = await loadMnistNode('train');
		}, 60000);

		it('gives back the same digit, most of them bit for bit (MNIST was made this way)', () => {
			let identical = 0;
			for (let j = 0; j < 40; j++) {
				const original = train.images.subarray(j * 784, (j + 1) * 784);
				const big = new Uint8Array(SIDE * SIDE);
				for (let y = 0; y < SIDE; y++) {
					for (let x = 0; x < SIDE; x++) {
						big[y * SIDE + x] = original[Math.floor(y / 10) * 28 + Math.floor(x / 10)];
					}
				}
				const digit = preprocessDrawing(big, SIDE, SIDE)!;
				let diff = 0;
				for (let p = 0; p < 784; p++) diff += Math.abs(digit[p] - original[p]);
				if (diff === 0) identical++;
				// The rest sit half a pixel off in the box (an odd width), which blurs their edges.
				expect(diff / 784, `image ${j}`).toBeLessThan(15);
			}
			expect(identical).toBeGreaterThanOrEqual(28);
		});
	});
});

describe('the helpers', () => {
	const image = new Uint8Array([0, 0, 0, 0, 10, 30, 0, 0, 0]);

	it('inkBounds finds the inked rectangle, or nothing', () => {
		expect(inkBounds(image, 3, 3)).toEqual({ left: 1, top: 1, right: 2, bottom: 1 });
		expect(inkBounds(new Uint8Array(9), 3, 3)).toBeUndefined();
	});

	it('centreOfMass weighs each pixel by its ink', () => {
		expect(centreOfMass(image, 3, 3)).toEqual([1, 1.75]);
		expect(centreOfMass(new Uint8Array(9), 3, 3)).toBeUndefined();
	});

	it('inkFromRgba takes the alpha channel', () => {
		expect([...inkFromRgba([0, 0, 0, 7, 255, 255, 255, 0], 2, 1)]).toEqual([7, 0]);
		expect(() => inkFromRgba([0, 0, 0], 1, 1)).toThrow('needs 4 bytes, got 3');
	});
});
