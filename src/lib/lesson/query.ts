import { STEP_IDS, type StepId } from '$lib/engine/steps/step';
import { SYMBOL_NAMES, type MatrixName } from '$lib/engine/symbols';
import type { Activation } from '$lib/engine/config';
import { DEFAULT_SETTINGS, LIMITS, type LessonSettings } from './settings';

/** Everything a lesson address can hold: `?seed=0&m=8&alpha=0.1&act=relu&it=2&step=Z1&inspect=W1&cell=3,406`. */
export interface LessonQuery {
	readonly settings: Partial<LessonSettings>;
	/** Iteration to reach (1 = the first). */
	readonly iteration?: number;
	readonly step?: StepId;
	readonly inspect?: MatrixName;
	readonly cell?: readonly [number, number];
	/** One plain-text sentence per value that was changed to the nearest valid one. */
	readonly notices: readonly string[];
}

const ACTIVATIONS: readonly Activation[] = ['relu', 'leaky-relu'];
const MAX_ITERATION = 500;
const MAX_CELL = 784 * 1000;

/** Shown back to the reader as text, never as markup, and never too long to read. */
function quote(text: string): string {
	const clean = text.replace(/\p{Cc}/gu, ' ').trim();
	return `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
}

/**
 * A number from the address, held to [min, max]: text or NaN gives `fallback`, a value out of
 * range (±∞ included, as from 1e309) the nearest bound, a fraction the nearest whole number
 * when `whole`. Each change is reported in `notices`.
 */
function number(
	raw: string | null,
	name: string,
	[min, max]: readonly [number, number],
	fallback: number,
	whole: boolean,
	notices: string[]
): number | undefined {
	if (raw === null) return undefined;
	const value = raw.trim() === '' ? Number.NaN : Number(raw);
	if (Number.isNaN(value)) {
		notices.push(`${name} = ${quote(raw)} is not a number; using ${fallback}.`);
		return fallback;
	}
	let held = Math.min(max, Math.max(min, value));
	if (whole) held = Math.round(held);
	if (held !== value)
		notices.push(
			`${name} = ${quote(raw)} is outside ${min} … ${max}${whole ? ' or not whole' : ''}; using ${held}.`
		);
	return held;
}

function choice<T extends string>(
	raw: string | null,
	name: string,
	options: readonly T[],
	notices: string[]
): T | undefined {
	if (raw === null) return undefined;
	if ((options as readonly string[]).includes(raw)) return raw as T;
	notices.push(`${name} = ${quote(raw)} is not one of ${options.join(', ')}; ignoring it.`);
	return undefined;
}

/** Reads a lesson address; anything invalid becomes the nearest valid value, with a notice. */
export function parseLessonQuery(params: URLSearchParams): LessonQuery {
	const notices: string[] = [];
	const d = DEFAULT_SETTINGS;
	const settings: Partial<LessonSettings> = {};
	const m = number(params.get('m'), 'm', LIMITS.m, d.m, true, notices);
	const seed = number(params.get('seed'), 'seed', LIMITS.seed, d.seed, true, notices);
	const alpha = number(params.get('alpha'), 'α', LIMITS.alpha, d.alpha, false, notices);
	const activation = choice(params.get('act'), 'activation', ACTIVATIONS, notices);
	if (m !== undefined) Object.assign(settings, { m });
	if (seed !== undefined) Object.assign(settings, { seed });
	if (alpha !== undefined) Object.assign(settings, { alpha });
	if (activation !== undefined) Object.assign(settings, { activation });
	const iteration = number(params.get('it'), 'iteration', [1, MAX_ITERATION], 1, true, notices);
	const step = choice(params.get('step'), 'step', STEP_IDS, notices);
	const matrices = SYMBOL_NAMES.filter((n): n is MatrixName => n !== 'alpha');
	const inspect = choice(params.get('inspect'), 'matrix', matrices, notices);
	const cell = parseCell(params.get('cell'), notices);
	return { settings, iteration, step, inspect, cell, notices };
}

function parseCell(raw: string | null, notices: string[]): readonly [number, number] | undefined {
	if (raw === null) return undefined;
	const parts = raw.split(',');
	const [i, j] = parts.map((p) => Number(p));
	if (parts.length !== 2 || ![i, j].every((v) => Number.isInteger(v) && v >= 0 && v < MAX_CELL)) {
		notices.push(`cell = ${quote(raw)} is not a row and column such as 3,406; ignoring it.`);
		return undefined;
	}
	return [i, j];
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
