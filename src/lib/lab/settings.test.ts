import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '$lib/engine/config';
import { DEFAULT_LAB_SETTINGS, sameRun, settingsOf, setupOf } from './settings';

describe('setupOf', () => {
	it('never makes a batch larger than the training set', () => {
		const s = {
			...DEFAULT_LAB_SETTINGS,
			optimizer: 'minibatch',
			batchSize: 5000,
			trainSize: 1000
		} as const;
		expect(setupOf(s).optimizer).toEqual({ kind: 'minibatch', alpha: 0.1, batchSize: 1000 });
	});
});

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
		expect(settingsOf(he)).toEqual({
			problem: 'setup.network: this lab runs the uniform init and a Leaky ReLU slope of 0.01'
		});
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
