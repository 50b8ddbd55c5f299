/**
 * The lab's settings: its subset of the one settings schema (`$lib/settings/fields`, which
 * holds the limits and the reader), the notes' defaults, and the training setup they stand
 * for, to and from a saved file.
 */
import { grouped } from './grouped';
import { DEFAULT_NETWORK, type Activation, type NetworkConfig } from '$lib/engine/config';
import type { TrainingSetup } from '$lib/engine/files/params-file';
import { FIELDS, type NumberName, type OptimizerKind } from '$lib/settings/fields';
import { networkOf, optimizerOf } from '$lib/settings/network';
import { ADAM_DEFAULTS } from '$lib/engine/optim/adam';

export type { OptimizerKind };

export interface LabSettings {
	readonly iterations: number;
	readonly alpha: number;
	readonly hidden: number;
	readonly activation: Activation;
	readonly optimizer: OptimizerKind;
	/** Used by mini-batch only. */
	readonly batchSize: number;
	/** The first trainSize of MNIST's 60,000 training images. */
	readonly trainSize: number;
	readonly seed: number;
	/**
	 * How many workers share the training images. Not part of what is trained (the answer is
	 * the same on any number), so saved files leave it out; the page sets it from the machine.
	 */
	readonly workers: number;
}

/** The notes' setup: full-batch gradient descent, α = 0.10, 500 iterations, all 60,000 images. */
export const DEFAULT_LAB_SETTINGS: LabSettings = Object.freeze({
	iterations: 500,
	alpha: 0.1,
	hidden: 10,
	activation: 'relu',
	optimizer: 'gd',
	batchSize: 100,
	trainSize: 60000,
	seed: 0,
	workers: 1
});

/** The lab's subset of the settings schema's numbers. */
export type NumericSetting = Extract<
	NumberName,
	'iterations' | 'alpha' | 'hidden' | 'batchSize' | 'trainSize' | 'seed' | 'workers'
>;

const NUMERIC: readonly NumericSetting[] = [
	'iterations',
	'alpha',
	'hidden',
	'batchSize',
	'trainSize',
	'seed',
	'workers'
];

export function setupOf(s: LabSettings): TrainingSetup {
	return {
		network: networkOf(s),
		optimizer: optimizerOf(s, s.trainSize),
		iterations: s.iterations,
		trainSize: s.trainSize
	};
}

/**
 * The lab settings a saved setup stands for, on `workers` workers (a file does not say), or a
 * message naming what this lab cannot run (a file may hold a network larger than the lab's
 * limits).
 */
export function settingsOf(
	setup: TrainingSetup,
	workers = DEFAULT_LAB_SETTINGS.workers
): { settings: LabSettings } | { problem: string } {
	const { network, optimizer } = setup;
	const settings: LabSettings = {
		iterations: setup.iterations,
		alpha: optimizer.alpha,
		hidden: network.hidden,
		activation: network.activation,
		optimizer: optimizer.kind,
		batchSize:
			optimizer.kind === 'minibatch' ? optimizer.batchSize : DEFAULT_LAB_SETTINGS.batchSize,
		trainSize: setup.trainSize,
		seed: network.seed,
		workers
	};
	for (const name of NUMERIC) {
		const { min, max, label } = FIELDS[name];
		const v = settings[name];
		if (v < min || v > max) {
			return {
				problem: `setup: ${label} = ${grouped(v)}, but this lab runs ${grouped(min)} to ${grouped(max)}`
			};
		}
	}
	if (network.init !== 'uniform' || network.leakySlope !== DEFAULT_NETWORK.leakySlope) {
		return {
			problem: 'setup.network: this lab runs the uniform init and a Leaky ReLU slope of 0.01'
		};
	}
	if (
		optimizer.kind === 'adam' &&
		(optimizer.batchSize !== undefined ||
			optimizer.beta1 !== ADAM_DEFAULTS.beta1 ||
			optimizer.beta2 !== ADAM_DEFAULTS.beta2)
	) {
		const { beta1, beta2 } = ADAM_DEFAULTS;
		return {
			problem: `setup.optimizer: this lab runs full-batch Adam with β₁ = ${beta1}, β₂ = ${beta2}`
		};
	}
	return { settings };
}

/** Whether two settings train the same run (they may differ in how many iterations it lasts). */
export function sameRun(a: LabSettings, b: LabSettings): boolean {
	return (Object.keys(a) as (keyof LabSettings)[]).every(
		(k) => k === 'iterations' || (k === 'batchSize' && a.optimizer !== 'minibatch') || a[k] === b[k]
	);
}

/**
 * networkOf for a lab that asks again at every change of its settings: the same object for as
 * long as its fields stay the same, so the starting parameters are not drawn again.
 */
export function networkKeeper(): (s: LabSettings) => NetworkConfig {
	let last: NetworkConfig | undefined;
	return (s) => {
		const next = networkOf(s);
		const same = (k: keyof NetworkConfig) => last !== undefined && next[k] === last[k];
		if (!(Object.keys(next) as (keyof NetworkConfig)[]).every(same)) last = next;
		return last ?? next;
	};
}
