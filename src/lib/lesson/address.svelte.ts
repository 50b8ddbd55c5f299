import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { StepId } from '$lib/engine/steps';
import type { Lesson } from './lesson.svelte';
import { lessonQuery, parseLessonQuery, type LessonQuery } from './query';
import { DEFAULT_SETTINGS, type LessonSettings } from './settings';

/** What a chapter asks of a lesson that arrives there fresh (its frontmatter `m` and `start`). */
export interface ChapterStart {
	readonly m?: number;
	readonly start?: StepId;
}

/** Whether an address says anything about the lesson (a bare one says nothing). */
function speaks(query: LessonQuery): boolean {
	return (
		Object.keys(query.settings).length > 0 ||
		query.iteration !== undefined ||
		query.step !== undefined ||
		query.inspect !== undefined
	);
}

/**
 * Keeps a chapter's address and the visit's lesson in step. `arrive` decides where the lesson
 * stands on this chapter: on the first chapter of a visit the address says (clamping anything
 * invalid, with notices), or else the chapter's own start; after that the learner's lesson
 * carries over unchanged, unless nobody has touched it, when this chapter's start applies.
 * `follow` writes the lesson's state back into the address, so copying it or reloading
 * reproduces the same numbers.
 */
export class LessonAddress {
	notices = $state<readonly string[]>([]);
	#applied = $state(false);
	/** The lesson's state as an address when it had just arrived: not written to a bare address. */
	#landing: string | undefined;

	constructor(private readonly lesson: Lesson) {}

	async arrive(chapter: ChapterStart): Promise<void> {
		const lesson = this.lesson;
		lesson.start = chapter.start;
		const own: LessonSettings = { ...DEFAULT_SETTINGS, ...(chapter.m ? { m: chapter.m } : {}) };
		if (lesson.status !== 'ready') {
			await this.#first(own);
		} else if (lesson.untouched) {
			const differs = (Object.keys(own) as (keyof LessonSettings)[]).some(
				(key) => own[key] !== lesson.settings[key]
			);
			if (differs) lesson.configure(own);
			lesson.arrived(await lesson.goTo(1, chapter.start));
		}
		// A carried lesson is not what a bare address means: the address is written at once.
		this.#landing = lesson.untouched ? this.#query()?.toString() : undefined;
		this.#applied = true;
	}

	/** The first chapter of the visit: the address, else the chapter, places the lesson. */
	async #first(own: LessonSettings): Promise<void> {
		const lesson = this.lesson;
		const query = parseLessonQuery(page.url.searchParams);
		const notices = [...query.notices];
		lesson.settings = { ...own, ...query.settings };
		await lesson.load();
		let arrived = true;
		if (query.iteration !== undefined || query.step !== undefined) {
			arrived = await lesson.goTo(query.iteration ?? 1, query.step);
		}
		if (query.inspect) {
			lesson.inspected = query.inspect;
			const shape = lesson.value(query.inspect)?.shape;
			const cell = query.cell;
			if (cell && shape && (cell[0] >= shape[0] || cell[1] >= shape[1])) {
				notices.push(
					`cell ${cell[0]},${cell[1]} is outside ${query.inspect} (${shape[0]} × ${shape[1]}); ignoring it.`
				);
			} else if (cell) lesson.inspectedCell = cell;
		}
		this.notices = notices;
		// A lesson the address placed is the learner's: it carries to the next chapter.
		// So is one the learner moved while it was on its way.
		lesson.arrived(arrived && !speaks(query));
	}

	/** The address for the lesson's current state, or undefined before it has one. */
	#query(): URLSearchParams | undefined {
		const lesson = this.lesson;
		const now = lesson.state;
		if (lesson.status !== 'ready' || !now) return undefined;
		return lessonQuery({
			settings: lesson.settings,
			iteration: now.iteration,
			step: lesson.current?.id,
			inspect: lesson.inspected,
			cell: lesson.inspectedCell
		});
	}

	/** Call inside an effect: writes the current state into the address, at most every 0.4 s. */
	follow(): (() => void) | undefined {
		const query = this.#query();
		if (!this.#applied || !query) return;
		const search = query.toString();
		// A learner who has only arrived keeps the address they came by (a bare one stays bare).
		if (search === this.#landing && page.url.search === '') return;
		// Browsers limit how often the address may change; a learner scrubbing fast waits.
		const timer = setTimeout(() => {
			if (search === page.url.search.slice(1)) return;
			// Only this page's own query changes, so there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${page.url.pathname}?${search}${page.url.hash}`, page.state);
		}, 400);
		return () => clearTimeout(timer);
	}
}
