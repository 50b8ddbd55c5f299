import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The chapters as the content/ folder defines them, read straight from the Markdown files:
 * an oracle independent of the site's own loader, so a test can tell if the site drops,
 * reorders or mislabels one.
 */
export interface SourceChapter {
	folder: string;
	slug: string;
	title: string;
	summary: string;
	order: number;
	appendix: boolean;
	/** The step results its figures show (frontmatter `shows: [A0, Z1]`). */
	shows: string[];
}

function field(frontmatter: string, key: string): string | undefined {
	const line = frontmatter.split('\n').find((l) => l.startsWith(`${key}:`));
	if (!line) return undefined;
	const value = line.slice(key.length + 1).trim();
	return value
		.replace(/^'(.*)'$/, '$1')
		.replace(/^"(.*)"$/, '$1')
		.replace(/''/g, "'");
}

export function sourceChapters(): SourceChapter[] {
	const root = 'content';
	return readdirSync(root)
		.filter((folder) => /^\d{2}-/.test(folder))
		.map((folder) => {
			const text = readFileSync(join(root, folder, 'index.md'), 'utf8');
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
			return {
				folder,
				slug: folder.replace(/^\d{2}-/, ''),
				title: field(frontmatter, 'title') ?? '',
				summary: field(frontmatter, 'summary') ?? '',
				order: Number(field(frontmatter, 'order')),
				appendix: field(frontmatter, 'appendix') === 'true',
				shows: (field(frontmatter, 'shows') ?? '')
					.replace(/^\[|\]$/g, '')
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			};
		})
		.sort((a, b) => a.order - b.order);
}
