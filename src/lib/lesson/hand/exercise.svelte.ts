import { judgeAnswer, parseGuess, type AnswerResult } from '$lib/engine/hand/guess';
import type { HandQuestion } from '$lib/engine/hand';
import { STEP_IDS, stepIndex, type StepId } from '$lib/engine/steps';
import type { Lesson } from '../lesson.svelte';
import type { LessonSettings } from '../settings';
import { questionFor } from './question-for';

/** One answer the learner checked. */
export interface HandAnswer {
	readonly question: HandQuestion;
	/** What they typed. */
	readonly text: string;
	readonly judged: AnswerResult;
	/** Whether they had opened the working before answering. */
	readonly worked: boolean;
}

/** Where the exercise stands, so that a new lesson (another chapter) can be brought there. */
interface Place {
	readonly settings: LessonSettings;
	readonly iteration: number;
	readonly stepIndex: number;
}

const keyOf = (settings: LessonSettings, iteration: number) =>
	JSON.stringify([settings.m, settings.seed, settings.alpha, settings.activation, iteration]);

/**
 * The by-hand exercise: one whole iteration, question by question, in the order the engine
 * computes it. It lives beside the lesson rather than in a component, so that it carries on
 * from chapter to chapter: the answers, the iteration they belong to and where it stands.
 * The question is always the one for the lesson's next step, so the dock's own buttons and the
 * exercise never disagree; a step the learner lets the engine compute is simply not answered.
 */
export class HandExercise {
	active = $state(false);
	/** The checked answers of the iteration being worked, by step. */
	answers = $state.raw<Partial<Record<StepId, HandAnswer>>>({});
	/** The answer just checked, on show until the learner moves on. */
	last = $state.raw<HandAnswer>();
	/** The question whose working is open. */
	workingOpen = $state<StepId>();
	/** The iteration whose summary the learner has closed to go on to the next. */
	summaryClosed = $state<number>();
	/** True while a new chapter's lesson is being brought to where the exercise stands. */
	arriving = $state(false);
	#key: string | undefined;
	#place: Place | undefined;
	#lesson: Lesson | undefined;

	/** The question for the lesson's next step, or undefined when there is none to ask. */
	question(lesson: Lesson): HandQuestion | undefined {
		return questionFor(lesson);
	}

	/**
	 * Starts (or resumes) the exercise at `first`, the first step of the chapter being read:
	 * one or two images, the engine just before that step.
	 */
	async start(lesson: Lesson, first: StepId): Promise<void> {
		this.active = true;
		this.last = undefined;
		this.#lesson = lesson;
		const { m } = lesson.settings;
		if (m > 2) lesson.configure({ m: 2 });
		const before = stepIndex(first) > 0 ? STEP_IDS[stepIndex(first) - 1] : undefined;
		const now = lesson.state;
		const iteration = now ? now.iteration : 1;
		await lesson.goTo(iteration, before);
		this.sync(lesson);
	}

	/** The dock's By hand button: starts at `first`, the chapter's first step, or stops. */
	toggle(lesson: Lesson, first: StepId): void {
		if (this.active) this.stop();
		else void this.start(lesson, first);
	}

	stop(): void {
		this.active = false;
		this.last = undefined;
	}

	/**
	 * Checks the learner's answer to the current question: the engine computes the step, and
	 * the answer is judged against the entry it produced. Returns a message for text that is
	 * not a number (and changes nothing then).
	 */
	check(lesson: Lesson, text: string): string | undefined {
		const question = this.question(lesson);
		if (!question) return undefined;
		const guess = parseGuess(text);
		if (guess === undefined) return 'Type a number, such as 0.2531, −1.207 or 3.5e-4.';
		const worked = this.workingOpen === question.step;
		lesson.next();
		const result = lesson.value(question.asked.symbol);
		const [i, j] = question.cell;
		const actual = result?.data[i * result.shape[1] + j];
		if (actual === undefined || !Number.isFinite(actual)) return undefined;
		this.sync(lesson);
		const judged = judgeAnswer(guess, actual, { scale: question.scale });
		const answer = { question, text, judged, worked };
		this.answers = { ...this.answers, [question.step]: answer };
		this.last = answer;
		return undefined;
	}

	/** Lets the engine compute the current step unanswered. */
	skip(lesson: Lesson): void {
		lesson.next();
		this.sync(lesson);
	}

	/** On to the next question (from the verdict of the last). */
	proceed(): void {
		this.last = undefined;
	}

	/**
	 * Follows the lesson: new settings or a new iteration start a fresh set of answers, and a
	 * step taken elsewhere (the dock, the keys) closes the verdict on show. Call in an effect.
	 */
	sync(lesson: Lesson): void {
		const now = lesson.state;
		if (!now || lesson.status !== 'ready' || lesson !== this.#lesson) return;
		const key = keyOf(lesson.settings, now.iteration);
		if (key !== this.#key) {
			this.answers = {};
			this.#key = key;
		}
		const answered = this.last?.question.step;
		if (this.last && (!answered || now.stepIndex !== stepIndex(answered) + 1))
			this.last = undefined;
		if (this.active) {
			this.#place = {
				settings: lesson.settings,
				iteration: now.iteration,
				stepIndex: now.stepIndex
			};
		}
	}

	/**
	 * Brings a lesson the exercise has not seen (a new chapter's) to where the exercise stands,
	 * with the same settings, iteration and step; a lesson already there is left alone. Until
	 * it is there, `arriving` is true and the lesson's moves are not the exercise's.
	 */
	async attach(lesson: Lesson): Promise<void> {
		if (lesson === this.#lesson || this.arriving || lesson.status !== 'ready') return;
		const place = this.#place;
		if (!this.active || !place) {
			this.#lesson = lesson;
			return;
		}
		this.arriving = true;
		try {
			const { settings } = lesson;
			const same = (Object.keys(place.settings) as (keyof LessonSettings)[]).every(
				(k) => settings[k] === place.settings[k]
			);
			if (!same) lesson.configure(place.settings);
			const now = lesson.state;
			if (!same || now?.iteration !== place.iteration || now.stepIndex !== place.stepIndex) {
				const last = place.stepIndex > 0 ? STEP_IDS[place.stepIndex - 1] : undefined;
				await lesson.goTo(place.iteration, last);
			}
		} finally {
			this.#lesson = lesson;
			this.arriving = false;
		}
		this.sync(lesson);
	}
}

/** The one exercise of a visit, shared by every chapter. */
export const handExercise = new HandExercise();
