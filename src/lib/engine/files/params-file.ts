/**
 * A saved network: the trained W¹, b¹, W², b² with the settings that trained them, as plain
 * JSON (docs/params-format.md). Reading one back checks everything before anything is used,
 * and an error names the field and, for a matrix, both shapes:
 * `params.W1: shape [10, 780] should be [10, 784] (hidden = 10 in setup.network.hidden)`.
 * Version 2 adds the run's curves (params-history.ts); version 1 files still load, without them.
 */
import {
	CLASSES,
	INPUTS,
	PARAM_NAMES,
	type NetworkConfig,
	type OptimizerConfig,
	type ParamName,
	type Params
} from '../config';
import {
	fraction,
	ParamsFileError,
	readMatrix,
	readNetwork,
	readOptimizer,
	wholeNumber
} from './params-fields';
import { historyJson, readHistory, type TrainingHistory } from './params-history';
import { checkParamsRange } from './params-range';
import { object, TraceError, type Json } from './trace-fields';

export { ParamsFileError } from './params-fields';

export const PARAMS_FORMAT = 'from-scratch-params';
/** The version written; every version from 1 up to it is read. */
export const PARAMS_VERSION = 2;
/**
 * The most updates a file may say were done: far beyond any run here (the lab stops at 5,000
 * a run), and far below 2⁵³, where counting on by one stops changing the number.
 */
export const MAX_TRAINED = 1_000_000;

/** How the parameters were trained. */
export interface TrainingSetup {
	readonly network: NetworkConfig;
	readonly optimizer: OptimizerConfig;
	/** Iterations the run was set to. */
	readonly iterations: number;
	/** Training images used: the first trainSize of MNIST's 60,000. */
	readonly trainSize: number;
}

/** What the run reached; the accuracies are fractions 0..1 measured after the last update. */
export interface TrainingRecord {
	/** Updates done. */
	readonly iterations: number;
	readonly trainAccuracy?: number;
	readonly testAccuracy?: number;
}

export interface ParamsFile {
	readonly setup: TrainingSetup;
	readonly trained: TrainingRecord;
	readonly params: Params;
	/** The run's curves; absent in a version 1 file. */
	readonly history?: TrainingHistory;
}

/** The file's JSON value (stringify it to save): every matrix as { shape, data } row by row. */
export function paramsFileJson({ setup, trained, params, history }: ParamsFile): Json {
	const matrices = Object.fromEntries(
		PARAM_NAMES.map((n) => [n, { shape: [...params[n].shape], data: Array.from(params[n].data) }])
	);
	const curves = historyJson(history ?? { iterations: [], tests: [] });
	const file = { format: PARAMS_FORMAT, version: PARAMS_VERSION, setup, trained };
	return { ...file, params: matrices, history: curves };
}

function read(text: string): ParamsFile {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new ParamsFileError(`not JSON: ${(error as Error).message}`);
	}
	const file = object(value, 'the file');
	if (file.format !== PARAMS_FORMAT) {
		throw new ParamsFileError(
			`format: ${JSON.stringify(file.format)}, expected '${PARAMS_FORMAT}'`
		);
	}
	const version = file.version;
	if (version !== 1 && version !== PARAMS_VERSION) {
		throw new ParamsFileError(
			`version: ${JSON.stringify(version)}, this reader knows 1 to ${PARAMS_VERSION}`
		);
	}
	const s = object(file.setup, 'setup');
	const network = readNetwork(s.network);
	const setup: TrainingSetup = {
		network,
		optimizer: readOptimizer(s.optimizer),
		iterations: wholeNumber(s.iterations, 'setup.iterations', 1, MAX_TRAINED),
		trainSize: wholeNumber(s.trainSize, 'setup.trainSize', 1, 60000)
	};
	const t = object(file.trained, 'trained');
	const trainAccuracy = fraction(t.trainAccuracy, 'trained.trainAccuracy');
	const testAccuracy = fraction(t.testAccuracy, 'trained.testAccuracy');
	const trained: TrainingRecord = {
		iterations: wholeNumber(t.iterations, 'trained.iterations', 0, MAX_TRAINED),
		...(trainAccuracy === undefined ? {} : { trainAccuracy }),
		...(testAccuracy === undefined ? {} : { testAccuracy })
	};
	const p = object(file.params, 'params');
	const h = network.hidden;
	const shapes: Record<ParamName, [number, number]> = {
		W1: [h, INPUTS],
		b1: [h, 1],
		W2: [CLASSES, h],
		b2: [CLASSES, 1]
	};
	const params = Object.fromEntries(
		PARAM_NAMES.map((n) => [n, readMatrix(p[n], `params.${n}`, shapes[n], h)])
	) as unknown as Params;
	checkParamsRange(params);
	if (version === 1) return { setup, trained, params };
	return { setup, trained, params, history: readHistory(file.history, trained.iterations) };
}

/**
 * The network in a saved file's text, checked from top to bottom; throws a ParamsFileError
 * naming the first field that is wrong.
 * @example parseParamsFile(JSON.stringify(paramsFileJson(file))) // deep-equals file
 */
export function parseParamsFile(text: string): ParamsFile {
	try {
		return read(text);
	} catch (error) {
		if (error instanceof TraceError) throw new ParamsFileError(error.message);
		throw error;
	}
}
