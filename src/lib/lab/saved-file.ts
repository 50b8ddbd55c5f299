/**
 * The lab's side of a saved parameters file: the file's text for a run, and a file's text
 * read back into a run the lab can continue — or the one sentence that says why not.
 */
import { grouped } from './grouped';
import type { Params } from '$lib/engine/config';
import { paramsFileJson, parseParamsFile, type ParamsFile } from '$lib/engine/files/params-file';
import type { TrainingHistory } from '$lib/engine/files/params-history';
import { settingsOf, setupOf, type LabSettings } from './settings';

/** What a run reached, for the file's `trained` field. */
export interface Reached {
	readonly iterations: number;
	/** Both measured after the last update, when known. */
	readonly trainAccuracy?: number;
	readonly testAccuracy?: number;
}

/**
 * What a run reached after `iterations`, with the accuracies of `evaluation` when it was
 * measured there (an older one would describe other weights).
 */
export function reachedAt(
	iterations: number,
	evaluation?: { iteration: number; accuracy: number; trainAccuracy?: number }
): Reached {
	const e = evaluation?.iteration === iterations ? evaluation : undefined;
	return {
		iterations,
		...(e?.trainAccuracy !== undefined && { trainAccuracy: e.trainAccuracy }),
		...(e && { testAccuracy: e.accuracy })
	};
}

/** The JSON text of a file holding `params` and the curves, trained with `settings` as far as `reached`. */
export function savedFileText(
	settings: LabSettings,
	reached: Reached,
	params: Params,
	history: TrainingHistory = { iterations: [], tests: [] }
): string {
	return JSON.stringify(
		paramsFileJson({ setup: setupOf(settings), trained: reached, params, history })
	);
}

export type SavedFileReading =
	| { readonly file: ParamsFile; readonly settings: LabSettings; readonly message: string }
	| { readonly problem: string };

/**
 * The file called `name` with content `text`, checked by the engine and against the lab's
 * limits, with the message the page shows either way; the run goes on `workers` workers.
 * @example readSavedFile('notes.txt', 'W1 = …') // { problem: 'notes.txt was not loaded: not JSON: …' }
 */
export function readSavedFile(name: string, text: string, workers?: number): SavedFileReading {
	let file: ParamsFile;
	try {
		file = parseParamsFile(text);
	} catch (error) {
		return { problem: `${name} was not loaded: ${(error as Error).message}` };
	}
	const read = settingsOf(file.setup, workers);
	if ('problem' in read) return { problem: `${name} was not loaded: ${read.problem}` };
	const n = file.trained.iterations;
	const done = `${grouped(n)} iteration${n === 1 ? '' : 's'}`;
	const curves = file.history
		? ''
		: ` It was saved without its curves (by an earlier version of this page), so the charts start at iteration ${grouped(n)}.`;
	return {
		file,
		settings: read.settings,
		message: `Loaded ${name}: a network trained for ${done}.${curves}`
	};
}
