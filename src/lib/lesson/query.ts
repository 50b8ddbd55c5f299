import { STEP_IDS, type StepId } from '$lib/engine/steps/step';
import { SYMBOL_NAMES, type MatrixName } from '$lib/engine/symbols';
import { ACTIVATIONS, type NumberName } from '$lib/settings/fields';
import { quote, readChoice, readNumber, type Reading } from '$lib/settings/read';
import { DEFAULT_SETTINGS, type LessonSettings } from './settings';
import { unknownKeyNotices } from './unknown-keys';

/** The keys a lesson address can hold, in the order lessonQuery writes them. */
export const LESSON_KEYS = ['seed', 'm', 'alpha', 'act', 'it', 'step', 'inspect', 'cell'] as const;

/** Everything a lesson address can hold: `?seed=0&m=8&alpha=0.1&act=relu&it=2&step=Z1&inspect=W1&cell=3,406`. */
export interface LessonQuery {
	readonly settings: Partial<LessonSettings>;
	/** Iteration to reach (1 = the first). */
	readonly iteration?: number;
	readonly step?: StepId;
	readonly inspect?: MatrixName;
	readonly cell?: readonly [number, number];
	/** One plain-text sentence per value that could not be used as given, and what is used. */
	readonly notices: readonly string[];
}

const MAX_CELL = 784 * 1000;
const MATRICES = SYMBOL_NAMES.filter((n): n is MatrixName => n !== 'alpha');

/**
 * Reads a lesson address; anything it cannot use becomes the nearest valid value, or is
 * ignored, with a notice quoting what the address held.
 */
export function parseLessonQuery(params: URLSearchParams): LessonQuery {
	const notices: string[] = [];
	/** The first value of `key`, saying so when the address gives it more than once. */
	const raw = (key: string): string | undefined => {
		const all = params.getAll(key);
		if (all.length > 1) {
			const given = all.slice(0, 3).map(quote).join(', ') + (all.length > 3 ? ', …' : '');
			notices.push(`${key} is given ${all.length} times (${given}); using the first.`);
		}
		return all[0];
	};
	const keep = <T>(reading: Reading<T>): T => {
		if (reading.notice) notices.push(reading.notice);
		return reading.value;
	};
	const number = (key: string, field: NumberName, fallback: number, name = key) => {
		const text = raw(key);
		return text === undefined ? undefined : keep(readNumber(field, text, fallback, name));
	};
	const choice = <T extends string>(key: string, name: string, options: readonly T[]) => {
		const text = raw(key);
		return text === undefined ? undefined : keep(readChoice(name, text, options, undefined));
	};
	const d = DEFAULT_SETTINGS;
	const found: Partial<Record<keyof LessonSettings, unknown>> = {
		m: number('m', 'm', d.m),
		seed: number('seed', 'seed', d.seed),
		alpha: number('alpha', 'alpha', d.alpha, 'α'),
		activation: choice('act', 'activation', ACTIVATIONS)
	};
	const settings = Object.fromEntries(
		Object.entries(found).filter(([, v]) => v !== undefined)
	) as Partial<LessonSettings>;
	const iteration = number('it', 'iteration', 1, 'iteration');
	const step = choice('step', 'step', STEP_IDS);
	const inspect = choice('inspect', 'matrix', MATRICES);
	const cellText = raw('cell');
	let cell: readonly [number, number] | undefined;
	if (cellText !== undefined) {
		cell = keep(readCell(cellText));
		if (cell && !inspect) {
			notices.push(
				`cell = ${quote(cellText)} needs inspect= to say which matrix it is in; ignoring it.`
			);
			cell = undefined;
		}
	}
	notices.push(...unknownKeyNotices(params, LESSON_KEYS));
	return { settings, iteration, step, inspect, cell, notices };
}

/** `row,column`, two whole numbers written in digits (`,` alone is not 0,0). */
function readCell(text: string): Reading<readonly [number, number] | undefined> {
	const match = /^(\d{1,7}),(\d{1,7})$/.exec(text);
	const [i, j] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
	if (i < MAX_CELL && j < MAX_CELL) return { value: [i, j] };
	return {
		value: undefined,
		notice: `cell = ${quote(text)} is not a row and column such as 3,406; ignoring it.`
	};
}

/** The address for a lesson's state: only what differs from the defaults, in a fixed order. */
export function lessonQuery(state: {
	settings: LessonSettings;
	iteration: number;
	step?: StepId;
	inspect?: MatrixName | null;
	cell?: readonly [number, number] | null;
}): URLSearchParams {
	const params = new URLSearchParams();
	const { settings: s } = state;
	if (s.seed !== DEFAULT_SETTINGS.seed) params.set('seed', String(s.seed));
	params.set('m', String(s.m));
	if (s.alpha !== DEFAULT_SETTINGS.alpha) params.set('alpha', String(s.alpha));
	if (s.activation !== DEFAULT_SETTINGS.activation) params.set('act', s.activation);
	if (state.iteration > 1) params.set('it', String(state.iteration));
	if (state.step) params.set('step', state.step);
	if (state.inspect) params.set('inspect', state.inspect);
	if (state.inspect && state.cell) params.set('cell', `${state.cell[0]},${state.cell[1]}`);
	return params;
}
