import { collectChapters, type ChapterMeta } from './chapter';

// Eager on the server only: the frontmatter is read at build time and reaches the browser
// as data, without pulling every chapter's code into every page.
const metadata = import.meta.glob('/content/*/index.md', { eager: true, import: 'metadata' });

export const chapters: readonly ChapterMeta[] = collectChapters(metadata);
