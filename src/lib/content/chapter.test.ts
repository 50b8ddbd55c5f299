import { describe, expect, it } from 'vitest';
import { chapterShowing, parseChapterMeta, type ChapterMeta } from './chapter';

const base = { title: 'T', summary: 'S' };
const chapter = (order: number, shows: string[], appendix = false): ChapterMeta =>
	parseChapterMeta(`/content/0${order}-c${order}/index.md`, { ...base, order, shows, appendix });

describe('parseChapterMeta: shows', () => {
	it('reads the list of symbols a chapter shows, or none', () => {
		expect(chapter(3, ['A0', 'Z1']).shows).toEqual(['A0', 'Z1']);
		expect(parseChapterMeta('/content/01-a/index.md', { ...base, order: 1 }).shows).toEqual([]);
	});

	it.each([['W9'], ['alpha'], [3]])('rejects %j, naming the file and the field', (name) => {
		expect(() =>
			parseChapterMeta('/content/05-b/index.md', { ...base, order: 5, shows: [name] })
		).toThrow(/05-b.*"shows".*not a matrix symbol/);
	});
});

describe('chapterShowing', () => {
	const chapters = [
		chapter(2, ['A0']),
		chapter(3, ['A0', 'Z1', 'A2']),
		chapter(4, []),
		chapter(5, ['A2', 'dZ2']),
		chapter(7, []),
		chapter(8, ['dZ1'], true)
	];
	const from = (order: number) => chapters.find((c) => c.order === order);

	it.each([
		['the nearest chapter that shows it', 'A0', 5, 3],
		['the earlier one when two are as near', 'A2', 4, 3],
		['another chapter than the one being read', 'A2', 3, 5],
		['an appendix only when no chapter shows it', 'dZ1', 3, 8]
	] as const)('finds %s', (_, symbol, reading, expected) => {
		expect(chapterShowing(chapters, symbol, from(reading))?.order).toBe(expected);
	});

	it('finds nothing for a symbol no chapter shows', () => {
		expect(chapterShowing(chapters, 'db1', from(3))).toBeUndefined();
	});
});
