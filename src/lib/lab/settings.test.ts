import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '$lib/engine/config';
import {
	DEFAULT_LAB_SETTINGS,
	optimizerOf,
	readSetting,
	sameRun,
	settingsOf,
	setupOf
} from './settings';

describe('DEFAULT_LAB_SETTINGS', () => {
	it('are the notes’ setup: full batch, α = 0.10, 500 iterations, 60,000 images, seed 0', () => {
		expect(setupOf(DEFAULT_LAB_SETTINGS)).toEqual({
			network: DEFAULT_NETWORK,
			optimizer: { kind: 'gd', alpha: 0.1 },
			iterations: 500,
			trainSize: 60000
		});
	});
});

describe('readSetting', () => {
	it.each([
		['iterations', '250', 250],
		['alpha', '0.05', 0.05],
		['alpha', '0,05', 0.05],
		['alpha', '1e-3', 0.001],
		['trainSize', '30,000', 30000],
		['trainSize', ' 12 000 ', 12000],
		['seed', '4294967295', 4294967295]
	] as const)('reads %s = “%s” as %d without a message', (name, text, value) => {
		expect(readSetting(name, text, 1)).toEqual({ value });
	});

	it.each([
		[
			'iterations',
			'9000',
			5000,
			'Iterations must be from 1 to 5,000; using 5,000 instead of 9000.'
		],
		['iterations', '0', 1, 'Iterations must be from 1 to 5,000; using 1 instead of 0.'],
		['trainSize', '500', 1000, 'Training images must be from 1,000 to 60,000; using 1,000'],
		['hidden', '12.4', 12, 'Hidden nodes must be a whole number; using 12 instead of 12.4.'],
		['alpha', '-1', 0.000001, 'α must be from 0.000001 to 100; using 0.000001'],
		['seed', '-3', 0, 'Seed must be from 0 to 4,294,967,295; using 0']
	] as const)('clamps %s = “%s” to %d and says so', (name, text, value, message) => {
		const reading = readSetting(name, text, 7);
		expect(reading.value).toBe(value);
		expect(reading.message).toContain(message);
	});

	it.each(['', 'ten', '1..2', 'NaN', 'Infinity'])('keeps the current value for “%s”', (text) => {
		const reading = readSetting('alpha', text, 0.1);
		expect(reading.value).toBe(0.1);
		expect(reading.message).toMatch(/^α: “.*” is not a number; kept 0\.1\.$/);
	});
});

describe('optimizerOf', () => {
	it('never makes a batch larger than the training set', () => {
		const s = {
			...DEFAULT_LAB_SETTINGS,
			optimizer: 'minibatch',
			batchSize: 5000,
			trainSize: 1000
		} as const;
		expect(optimizerOf(s)).toEqual({ kind: 'minibatch', alpha: 0.1, batchSize: 1000 });
	});

	it('gives Adam its usual β₁, β₂ and ε', () => {
		expect(optimizerOf({ ...DEFAULT_LAB_SETTINGS, optimizer: 'adam', alpha: 0.01 })).toEqual({
			kind: 'adam',
			alpha: 0.01,
			beta1: 0.9,
			beta2: 0.999,
			epsilon: 1e-8
		});
	});
});

describe('settingsOf', () => {
	it('gives back the settings a setup was made from', () => {
		for (const s of [
			DEFAULT_LAB_SETTINGS,
			{ ...DEFAULT_LAB_SETTINGS, optimizer: 'minibatch', batchSize: 64, seed: 9 },
			{
				...DEFAULT_LAB_SETTINGS,
				optimizer: 'adam',
				alpha: 0.003,
				hidden: 32,
				activation: 'leaky-relu'
			}
		] as const) {
			expect(settingsOf(setupOf(s))).toEqual({ settings: s });
		}
	});

	it('names what this lab cannot run', () => {
		const big = setupOf({ ...DEFAULT_LAB_SETTINGS, hidden: 100 });
		expect(settingsOf(big)).toEqual({
			problem: 'setup: Hidden nodes = 100, but this lab runs 1 to 64'
		});
		const he = {
			...setupOf(DEFAULT_LAB_SETTINGS),
			network: { ...DEFAULT_NETWORK, init: 'he' as const }
		};
		expect(settingsOf(he)).toHaveProperty('problem');
	});
});

describe('sameRun', () => {
	it('ignores the number of iterations, and the batch size unless mini-batches use it', () => {
		const a = DEFAULT_LAB_SETTINGS;
		expect(sameRun(a, { ...a, iterations: 900 })).toBe(true);
		expect(sameRun(a, { ...a, batchSize: 7 })).toBe(true);
		expect(
			sameRun({ ...a, optimizer: 'minibatch' }, { ...a, optimizer: 'minibatch', batchSize: 7 })
		).toBe(false);
		expect(sameRun(a, { ...a, seed: 1 })).toBe(false);
		expect(sameRun(a, { ...a, alpha: 0.2 })).toBe(false);
	});
});
