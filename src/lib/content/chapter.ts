import { STEP_IDS, type StepId } from '$lib/engine/steps/step';
import { isSymbolName, type MatrixName } from '$lib/engine/symbols';

/**
 * A chapter's frontmatter, checked at build time so a missing title or a duplicate order
 * fails the build instead of producing an odd table of contents.
 */
export interface ChapterMeta {
	/** URL segment, from the folder name without its number: 03-forward-propagation → forward-propagation. */
	readonly slug: string;
	readonly order: number;
	readonly title: string;
	readonly summary: string;
	/** Appendices come after the numbered chapters and are labelled as such. */
	readonly appendix: boolean;
	/** Whether the page shows the step controller for one iteration. */
	readonly stepper: boolean;
	/** Images the page's network starts with (frontmatter `m`); the lesson default if absent. */
	readonly m?: number;
	/** The step the page's engine runs to on arrival (frontmatter `start`), e.g. "Z2". */
	readonly start?: StepId;
	/**
	 * The results this chapter's figures show (frontmatter `shows`, e.g. `[A0, Z1, A1, Z2]`): the
	 * step dock of another chapter links here for a step whose result it cannot show itself.
	 * Each must match a figure's `shows`; the journey tests check that they do.
	 */
	readonly shows: readonly MatrixName[];
	/**
	 * The first step this chapter teaches (frontmatter `hand`), where the by-hand exercise
	 * begins on it: "dZ2" on the backpropagation chapter. The steps up to the next chapter's
	 * are this chapter's.
	 */
	readonly hand?: StepId;
}

const FOLDER = /^\/?content\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\/index\.md$/;

/** The slug for a chapter file path such as `/content/03-forward-propagation/index.md`. */
export function slugOf(path: string): string {
	const match = FOLDER.exec(path);
	if (!match) {
		throw new Error(`${path}: chapters live in content/NN-slug/index.md (lower-case slug)`);
	}
	return match[2];
}

function text(path: string, metadata: Record<string, unknown>, key: string): string {
	const value = metadata[key];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new Error(`${path}: frontmatter needs a non-empty "${key}"`);
	}
	return value.trim();
}

function optionalCount(path: string, value: unknown): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1000) {
		throw new Error(`${path}: frontmatter "m" must be a whole number from 1 to 1000`);
	}
	return value;
}

function optionalStep(path: string, value: unknown, key = 'start'): StepId | undefined {
	if (value === undefined) return undefined;
	if (!STEP_IDS.includes(value as StepId)) {
		throw new Error(`${path}: frontmatter "${key}" must be one of ${STEP_IDS.join(', ')}`);
	}
	return value as StepId;
}

function symbolList(path: string, value: unknown): MatrixName[] {
	if (value === undefined) return [];
	const names = Array.isArray(value) ? value : [value];
	for (const name of names) {
		if (typeof name !== 'string' || !isSymbolName(name) || name === 'alpha') {
			throw new Error(`${path}: frontmatter "shows" lists "${String(name)}", which is not a matrix symbol`);
		}
	}
	return names as MatrixName[];
}

/** Checks one chapter's frontmatter; the error names the file and the field. */
export function parseChapterMeta(path: string, metadata: unknown): ChapterMeta {
	if (typeof metadata !== 'object' || metadata === null) {
		throw new Error(`${path}: missing frontmatter (title, summary, order)`);
	}
	const fields = metadata as Record<string, unknown>;
	const order = fields.order;
	if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
		throw new Error(`${path}: frontmatter "order" must be a whole number from 1`);
	}
	return {
		slug: slugOf(path),
		order,
		title: text(path, fields, 'title'),
		summary: text(path, fields, 'summary'),
		appendix: fields.appendix === true,
		stepper: fields.stepper === true,
		m: optionalCount(path, fields.m),
		start: optionalStep(path, fields.start),
		shows: symbolList(path, fields.shows),
		hand: optionalStep(path, fields.hand, 'hand')
	};
}

/** All chapters sorted by order; duplicate orders or slugs are an authoring error. */
export function collectChapters(modules: Record<string, unknown>): ChapterMeta[] {
	const chapters = Object.entries(modules)
		.map(([path, metadata]) => parseChapterMeta(path, metadata))
		.sort((a, b) => a.order - b.order);
	for (let i = 1; i < chapters.length; i++) {
		if (chapters[i].order === chapters[i - 1].order) {
			throw new Error(`chapters "${chapters[i - 1].slug}" and "${chapters[i].slug}" share order ${chapters[i].order}`);
		}
	}
	const slugs = new Set(chapters.map((c) => c.slug));
	if (slugs.size !== chapters.length) throw new Error('two chapters share a slug');
	return chapters;
}

/** "Chapter 3" or "Appendix", as the table of contents and the page header write it. */
export function chapterLabel(chapter: ChapterMeta): string {
	return chapter.appendix ? 'Appendix' : `Chapter ${chapter.order}`;
}

/**
 * The chapter to read `symbol` on when the one being read does not show it: the numbered
 * chapter nearest to `from` whose figures show it (an appendix only when no chapter does).
 */
export function chapterShowing(
	chapters: readonly ChapterMeta[],
	symbol: MatrixName,
	from?: ChapterMeta
): ChapterMeta | undefined {
	const showing = chapters.filter((c) => c.slug !== from?.slug && c.shows.includes(symbol));
	const distance = (c: ChapterMeta) => (c.appendix ? 1000 : 0) + Math.abs(c.order - (from?.order ?? 0));
	return showing.sort((a, b) => distance(a) - distance(b) || a.order - b.order)[0];
}
