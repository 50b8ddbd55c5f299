import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '$lib/engine/results/confusion';
import { confusionCells } from './confusion-cells';

// 3 classes: label 0 read right 1,000 times, label 1 right 10 times and once as 2, label 2 never.
const labels = [...Array(1000).fill(0), ...Array(11).fill(1)];
const predictions = [...Array(1000).fill(0), ...Array(10).fill(1), 2];
const cells = confusionCells(confusionMatrix(predictions, labels, 3));
const colour = (y: number, p: number) => rgb(cells[y][p].colour!);

describe('confusionCells', () => {
	it('has a row per label and a cell per prediction, each with its count', () => {
		expect(cells.map((row) => row.map((cell) => cell.n))).toEqual([
			[1000, 0, 0],
			[0, 10, 1],
			[0, 0, 0]
		]);
		expect(cells[1].map((cell) => cell.p)).toEqual([0, 1, 2]);
	});

	it('leaves empty cells uncoloured', () => {
		expect(cells[0][1].colour).toBeUndefined();
		expect(cells[2][2].colour).toBeUndefined();
		expect(cells[0][1].light).toBe(false);
	});

	it('colours right answers blue and mistakes red', () => {
		expect(colour(0, 0).b).toBeGreaterThan(colour(0, 0).r);
		expect(colour(1, 2).r).toBeGreaterThan(colour(1, 2).b);
	});

	it('scales mistakes on their own: the one mistake is as dark as the thousand hits', () => {
		expect(cells[1][2].light).toBe(true);
		expect(cells[0][0].light).toBe(true);
		// Ten hits next to a thousand stay pale, with dark text.
		expect(cells[1][1].light).toBe(false);
	});
});
