/**
 * The notebook on one page: the engine's whole iteration for the lesson's current iteration
 * (rebuilt only when the iteration, m, seed, activation or α change, not at every step), and
 * every run cell judged against it. Because both are derived, stepping to a new iteration or
 * changing a setting re-runs what the learner ran.
 */
import type { NotebookRun, Reference } from '$lib/engine/notebook';
import type { Lesson } from '$lib/lesson/lesson.svelte';
import { networkOf } from '$lib/settings/network';
import { notebook } from './notebook.svelte';

export class NotebookSession {
	#lesson: Lesson;
	#reference: Reference | undefined;

	constructor(lesson: Lesson) {
		this.#lesson = lesson;
	}

	/** The engine's values for every line of this iteration, once the evaluator has loaded. */
	readonly reference = $derived.by((): Reference | undefined => {
		const engine = notebook.engine;
		const state = this.#lesson.state;
		const { alpha, activation } = this.#lesson.settings;
		const { X: x, Y: y } = state?.values ?? {};
		if (!engine || !state || !x || !y) return undefined;
		const last = this.#reference?.input;
		if (
			last &&
			last.x === x &&
			last.y === y &&
			last.start === state.start &&
			last.alpha === alpha &&
			last.network.activation === activation
		) {
			return this.#reference;
		}
		const network = networkOf(this.#lesson.settings);
		this.#reference = engine.referenceIteration({ x, y, start: state.start, network, alpha });
		return this.#reference;
	});

	/** Every run cell, judged in the iteration's order. */
	readonly run = $derived.by((): NotebookRun | undefined => {
		const reference = this.reference;
		const engine = notebook.engine;
		return reference && engine ? engine.runNotebook(reference, notebook.ran) : undefined;
	});
}

const sessions = new WeakMap<Lesson, NotebookSession>();

/** The page's notebook session, made the first time a cell asks for it. */
export function notebookSession(lesson: Lesson): NotebookSession {
	let session = sessions.get(lesson);
	if (!session) {
		session = new NotebookSession(lesson);
		sessions.set(lesson, session);
	}
	return session;
}
