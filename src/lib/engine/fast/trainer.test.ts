import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { kernelWasmBytes } from '../../../../scripts/lib/kernel-bytes';
import { DEFAULT_NETWORK, PARAM_NAMES } from '../config';
import { sliceSet, type MnistSet } from '../data/mnist';
import { initParams } from '../init';
import { fromData, matrix, relativeError } from '../matrix';
import { FastDivergenceError } from './divergence';
import { createFastTrainer } from './trainer';

let wasm: Uint8Array;
let train: MnistSet;
let test: MnistSet;
beforeAll(async () => {
	wasm = await kernelWasmBytes();
	train = sliceSet(await loadMnistNode('train'), 0, 500);
	test = sliceSet(await loadMnistNode('test'), 0, 100);
}, 120000);

describe.each(['wasm', 'js'] as const)('a FastTrainer on the %s kernel', (kind) => {
	const make = (options: Parameters<typeof createFastTrainer>[1] = {}) =>
		createFastTrainer(train, { wasm: kind === 'wasm' ? wasm : undefined, ...options });

	it('reports the accuracy of the parameters before the update, as the notes print it', async () => {
		const trainer = await make();
		const before = trainer.evaluate(train);
		const report = trainer.step();
		expect(report.accuracy).toBe(before.accuracy);
		expect(report.loss).toBeCloseTo(before.loss, 5);
		expect(trainer.evaluate(train).loss).toBeLessThan(report.loss);
	});

	it('learns: 30 iterations lift test accuracy well above chance', async () => {
		const trainer = await make({ optimizer: { kind: 'gd', alpha: 0.5 } });
		for (let i = 0; i < 30; i++) trainer.step();
		expect(trainer.iteration).toBe(30);
		expect(trainer.evaluate(test).accuracy).toBeGreaterThan(0.5);
	});

	it('counts mini-batch iterations one batch each, the last batch of an epoch short', async () => {
		const trainer = await make({ optimizer: { kind: 'minibatch', alpha: 0.1, batchSize: 200 } });
		expect([1, 2, 3, 4].map(() => trainer.step().batchSize)).toEqual([200, 200, 100, 200]);
	});

	it.each([
		[
			'an oversized learning rate',
			{ optimizer: { kind: 'gd', alpha: 1e38 } as const },
			2,
			/diverged in iteration 2: .* α = 1e\+38 is too large/
		],
		[
			'starting parameters beyond float32',
			{ params: scaled(initParams(DEFAULT_NETWORK), 1e300) },
			1,
			/diverged in iteration 1: the loss became NaN — the starting parameters or the data are too large/
		]
	])('stops with the iteration and the cause on %s', async (_, options, iteration, message) => {
		const trainer = await make(options);
		let error: unknown;
		try {
			for (let i = 0; i < 5; i++) trainer.step();
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(FastDivergenceError);
		expect(error).toMatchObject({ iteration });
		expect((error as Error).message).toMatch(message);
		expect(() => trainer.step()).toThrow(FastDivergenceError);
	});

	it('gives back the parameters it was given, rounded to float32', async () => {
		const params = initParams({ ...DEFAULT_NETWORK, hidden: 7, seed: 2 });
		const trainer = await make({ network: { hidden: 7 }, params });
		const back = trainer.params();
		for (const name of PARAM_NAMES) {
			expect(back[name].shape).toEqual(params[name].shape);
			expect(relativeError(back[name], params[name])).toBeLessThan(1e-7);
		}
	});

	it('rejects parameters of the wrong shape, naming both shapes', async () => {
		const trainer = await make();
		const params = { ...initParams(DEFAULT_NETWORK), W2: matrix(10, 12) };
		expect(() => trainer.setParams(params)).toThrow(/W2 is \[10×12\], expected \[10×10\]/);
	});

	it('evaluates one set after another without mixing them up', async () => {
		const trainer = await make();
		const parts = [0, 20, 40, 60, 80].map((start) => sliceSet(test, start, 20));
		const each = parts.map((part) => trainer.evaluate(part).predictions);
		const whole = trainer.evaluate(test).predictions;
		expect(each.flatMap((p) => Array.from(p))).toEqual(Array.from(whole));
		expect(Array.from(trainer.evaluate(parts[0]).predictions)).toEqual(Array.from(each[0]));
	});

	it('rejects an optimizer it cannot run', async () => {
		await expect(make({ optimizer: { kind: 'gd', alpha: -1 } })).rejects.toThrow(
			/α = -1 must be a finite number > 0/
		);
	});
});

function scaled(p: ReturnType<typeof initParams>, factor: number) {
	const s = (m: (typeof p)['W1']) =>
		fromData(
			m.shape[0],
			m.shape[1],
			m.data.map((v) => v * factor)
		);
	return { W1: s(p.W1), b1: s(p.b1), W2: s(p.W2), b2: s(p.b2) };
}
