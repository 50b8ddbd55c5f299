/**
 * The lab's settings: what a learner can change, the notes' defaults, the limits every value
 * is held to, and the engine configuration they stand for. Typed values are read with
 * `readSetting`, which clamps what is out of range and says so.
 */
import { grouped } from './grouped';
import { DEFAULT_NETWORK, type Activation, type NetworkConfig } from '$lib/engine/config';
import type { OptimizerConfig } from '$lib/engine/config';
import { adamConfig, ADAM_DEFAULTS } from '$lib/engine/optim/adam';
import { MAX_WORKERS } from '$lib/engine/parallel/ranges';
import type { TrainingSetup } from '$lib/engine/files/params-file';

export type OptimizerKind = OptimizerConfig['kind'];

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

export type NumericSetting =
	'iterations' | 'alpha' | 'hidden' | 'batchSize' | 'trainSize' | 'seed' | 'workers';

interface Limit {
	readonly min: number;
	readonly max: number;
	readonly whole: boolean;
	/** How a message names the setting. */
	readonly name: string;
}

export const LIMITS: Readonly<Record<NumericSetting, Limit>> = Object.freeze({
	iterations: { min: 1, max: 5000, whole: true, name: 'Iterations' },
	alpha: { min: 1e-6, max: 100, whole: false, name: 'α' },
	hidden: { min: 1, max: 64, whole: true, name: 'Hidden nodes' },
	batchSize: { min: 1, max: 60000, whole: true, name: 'Batch size' },
	trainSize: { min: 1000, max: 60000, whole: true, name: 'Training images' },
	seed: { min: 0, max: 2 ** 32 - 1, whole: true, name: 'Seed' },
	workers: { min: 1, max: MAX_WORKERS, whole: true, name: 'Workers' }
});

/** What a typed value became: the value to use, and a message when it was not usable as typed. */
export interface SettingReading {
	readonly value: number;
	readonly message?: string;
}

/**
 * The value of `name` typed as `text`: clamped into its range and rounded when it must be
 * whole; `current` is kept when the text is not a number.
 * @example readSetting('iterations', '9000', 500) // { value: 5000, message: 'Iterations …' }
 */
export function readSetting(name: NumericSetting, text: string, current: number): SettingReading {
	const limit = LIMITS[name];
	const cleaned = text
		.trim()
		.replace(/[\s_]/g, '')
		.replace(/,(?=\d{3}(\D|$))/g, '')
		.replace(',', '.');
	const typed = cleaned === '' ? NaN : Number(cleaned);
	const range = `${grouped(limit.min)} to ${grouped(limit.max)}`;
	if (!Number.isFinite(typed)) {
		return {
			value: current,
			message: `${limit.name}: “${text}” is not a number; kept ${grouped(current)}.`
		};
	}
	let value = Math.min(limit.max, Math.max(limit.min, typed));
	if (limit.whole) value = Math.round(value);
	if (value === typed) return { value };
	const why =
		typed < limit.min || typed > limit.max ? `must be from ${range}` : 'must be a whole number';
	return {
		value,
		message: `${limit.name} ${why}; using ${grouped(value)} instead of ${text.trim()}.`
	};
}

export function networkOf(s: LabSettings): NetworkConfig {
	return { ...DEFAULT_NETWORK, hidden: s.hidden, activation: s.activation, seed: s.seed };
}

export function optimizerOf(s: LabSettings): OptimizerConfig {
	if (s.optimizer === 'adam') return adamConfig(s.alpha);
	if (s.optimizer === 'minibatch') {
		return { kind: 'minibatch', alpha: s.alpha, batchSize: Math.min(s.batchSize, s.trainSize) };
	}
	return { kind: 'gd', alpha: s.alpha };
}

export function setupOf(s: LabSettings): TrainingSetup {
	return {
		network: networkOf(s),
		optimizer: optimizerOf(s),
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
	for (const name of Object.keys(LIMITS) as NumericSetting[]) {
		const { min, max, name: label } = LIMITS[name];
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
