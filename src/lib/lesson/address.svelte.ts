import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Lesson } from './lesson.svelte';
import { lessonQuery, parseLessonQuery } from './query';

/**
 * Keeps a chapter's address and its lesson in step: `arrive` applies the address to a new
 * lesson (clamping anything invalid, with notices), and `follow` writes the lesson's state
 * back into the address so that copying it reproduces the same numbers.
 */
export class LessonAddress {
	notices = $state<readonly string[]>([]);
	#applied = $state(false);
	/** The lesson's state as an address when it had just arrived: not written to a bare address. */
	#landing: string | undefined;

	constructor(private readonly lesson: Lesson) {}

	/** Reads the address, loads the data, and moves the engine where the address says. */
	async arrive(): Promise<void> {
		const query = parseLessonQuery(page.url.searchParams);
		const notices = [...query.notices];
		if (Object.keys(query.settings).length > 0) {
			this.lesson.settings = { ...this.lesson.settings, ...query.settings };
		}
		await this.lesson.load();
		if (query.iteration !== undefined || query.step !== undefined) {
			await this.lesson.goTo(query.iteration ?? 1, query.step);
		}
		if (query.inspect) {
			this.lesson.inspected = query.inspect;
			const shape = this.lesson.value(query.inspect)?.shape;
			const cell = query.cell;
			if (cell && shape && (cell[0] >= shape[0] || cell[1] >= shape[1])) {
				notices.push(
					`cell ${cell[0]},${cell[1]} is outside ${query.inspect} (${shape[0]} × ${shape[1]}); ignoring it.`
				);
			} else if (cell) this.lesson.inspectedCell = cell;
		}
		this.notices = notices;
		this.#landing = this.#query()?.toString();
		this.#applied = true;
	}

	/** The address for the lesson's current state, or undefined before it has one. */
	#query(): URLSearchParams | undefined {
		const lesson = this.lesson;
		const now = lesson.state;
		if (lesson.status !== 'ready' || !now) return undefined;
		const last = now.stepIndex > 0 ? lesson.steps[now.stepIndex - 1]?.id : undefined;
		return lessonQuery({
			settings: lesson.settings,
			iteration: now.iteration,
			step: last,
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
