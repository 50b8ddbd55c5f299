import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '$lib/engine/config';
import { initParams } from '$lib/engine/init';
import { readSavedFile, savedFileText } from './saved-file';
import { networkOf } from '$lib/settings/network';
import { DEFAULT_LAB_SETTINGS } from './settings';

const settings = {
	...DEFAULT_LAB_SETTINGS,
	hidden: 12,
	seed: 4,
	optimizer: 'adam',
	alpha: 0.01
} as const;
const params = initParams(networkOf(settings));

describe('readSavedFile', () => {
	it('reads back what savedFileText wrote, with the settings and a message', () => {
		const text = savedFileText(settings, { iterations: 1, testAccuracy: 0.5 }, params);
		const read = readSavedFile('run.json', text);
		if ('problem' in read) throw new Error(read.problem);
		expect(read.settings).toEqual(settings);
		expect(read.file.trained).toEqual({ iterations: 1, testAccuracy: 0.5 });
		expect(read.file.params.W1.data).toEqual(params.W1.data);
		expect(read.message).toBe('Loaded run.json: a network trained for 1 iteration.');
	});

	it('keeps the curves, and says plainly when an older file has none', () => {
		const history = {
			iterations: [{ iteration: 1, loss: 2.4, accuracy: 0.1 }],
			tests: [{ iteration: 1, loss: 2.2, accuracy: 0.2 }]
		};
		const text = savedFileText(settings, { iterations: 1 }, params, history);
		const read = readSavedFile('run.json', text, 3);
		if ('problem' in read) throw new Error(read.problem);
		expect(read.file.history).toEqual(history);
		expect(read.settings.workers).toBe(3);

		const old = JSON.parse(text);
		old.version = 1;
		delete old.history;
		const before = readSavedFile('old.json', JSON.stringify(old));
		if ('problem' in before) throw new Error(before.problem);
		expect(before.file.history).toBeUndefined();
		expect(before.message).toBe(
			'Loaded old.json: a network trained for 1 iteration. It was saved without its curves (by an earlier version of this page), so the charts start at iteration 1.'
		);
	});

	it('names the file and the engine’s reason when it cannot be read', () => {
		expect(readSavedFile('notes.txt', 'W1 = 1')).toEqual({
			problem: expect.stringMatching(/^notes\.txt was not loaded: not JSON: /)
		});
	});

	it('refuses a valid file this lab cannot run', () => {
		const big = { ...DEFAULT_LAB_SETTINGS, hidden: 100 };
		const text = savedFileText(big, { iterations: 2000 }, initParams(networkOf(big)));
		expect(readSavedFile('wide.json', text)).toEqual({
			problem: 'wide.json was not loaded: setup: Hidden nodes = 100, but this lab runs 1 to 64'
		});
		const he = JSON.parse(
			savedFileText(DEFAULT_LAB_SETTINGS, { iterations: 0 }, initParams(DEFAULT_NETWORK))
		);
		he.setup.network.init = 'he';
		expect(readSavedFile('he.json', JSON.stringify(he))).toEqual({
			problem:
				'he.json was not loaded: setup.network: this lab runs the uniform init and a Leaky ReLU slope of 0.01'
		});
	});
});
