import { describe, expect, it } from 'vitest';
import { parseChapterMeta, type ChapterMeta } from '$lib/content/chapter';
import { chapterTeaching, firstStepOf } from './chapters';

const chapter = (slug: string, order: number, hand?: string, appendix = false): ChapterMeta =>
	parseChapterMeta(`content/0${order}-${slug}/index.md`, {
		title: slug,
		summary: slug,
		order,
		stepper: true,
		appendix,
		...(hand ? { hand } : {})
	});

const chapters = [
	chapter('data', 2),
	chapter('forward', 3, 'A0'),
	chapter('softmax', 4, 'A2'),
	chapter('backprop', 5, 'dZ2'),
	chapter('updates', 6, 'update-W1'),
	chapter('slips', 8, 'dZ1', true)
];

describe('the chapters of the by-hand exercise', () => {
	it.each([
		['A0', 'forward'],
		['Z2', 'forward'],
		['A2', 'softmax'],
		['dZ2', 'backprop'],
		['db1', 'backprop'],
		['update-b2', 'updates']
	] as const)('%s is taught on the %s chapter, never on an appendix', (step, slug) => {
		expect(chapterTeaching(step, chapters)?.slug).toBe(slug);
	});

	it('begins on the first step a chapter teaches, or at A[0] on one that teaches none', () => {
		expect(firstStepOf(chapters[3])).toBe('dZ2');
		expect(firstStepOf(chapters[0])).toBe('A0');
		expect(firstStepOf(undefined)).toBe('A0');
	});

	it('refuses a frontmatter "hand" that is not a step, naming the file', () => {
		expect(() => chapter('odd', 7, 'Z3')).toThrow(
			'content/07-odd/index.md: frontmatter "hand" must be one of A0'
		);
	});
});
