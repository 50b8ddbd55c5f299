/**
 * The kernels (WebAssembly fused and plain, JavaScript) against a plain float64
 * implementation of the notes' equations, on real training images, for hidden sizes that
 * exercise every chunk width (4, 12 and mixes) and both row-offset units, both activations,
 * batches that end mid-block and mid-group, sets of several blocks and the forward-only pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { kernelWasmBytes } from '../../../../scripts/lib/kernel-bytes';
import {
	CLASSES,
	DEFAULT_NETWORK,
	INPUTS,
	PARAM_NAMES,
	type NetworkConfig,
	type Params
} from '../config';
import { sliceSet, type MnistSet } from '../data/mnist';
import { initParams } from '../init';
import { fromData, relativeError } from '../matrix';
import { createFastTrainer } from './trainer';

const TOLERANCE = 1e-4;

/** Mean loss and gradients of the notes' network over `set`, in float64, column by column. */
function reference(set: MnistSet, p: Params, net: NetworkConfig) {
	const H = net.hidden;
	const slope = net.activation === 'relu' ? 0 : net.leakySlope;
	const g = {
		W1: new Float64Array(H * INPUTS),
		b1: new Float64Array(H),
		W2: new Float64Array(CLASSES * H),
		b2: new Float64Array(CLASSES)
	};
	let loss = 0;
	const probs: number[][] = [];
	for (let j = 0; j < set.count; j++) {
		const x = Array.from(set.images.subarray(j * INPUTS, (j + 1) * INPUTS), (v) => v / 255);
		const z1 = Array.from(
			{ length: H },
			(_, h) => p.b1.data[h] + x.reduce((s, v, q) => s + p.W1.data[h * INPUTS + q] * v, 0)
		);
		const a1 = z1.map((z) => (z > 0 ? z : slope * z));
		const z2 = Array.from(
			{ length: CLASSES },
			(_, i) => p.b2.data[i] + a1.reduce((s, a, h) => s + p.W2.data[i * H + h] * a, 0)
		);
		const max = Math.max(...z2);
		const e = z2.map((z) => Math.exp(z - max));
		const sum = e.reduce((a, b) => a + b);
		const a2 = e.map((v) => v / sum);
		probs.push(a2);
		const y = set.labels[j];
		loss -= Math.log(a2[y]);
		const dz2 = a2.map((a, i) => a - (i === y ? 1 : 0));
		const dz1 = z1.map(
			(z, h) => dz2.reduce((s, d, i) => s + p.W2.data[i * H + h] * d, 0) * (z > 0 ? 1 : slope)
		);
		dz2.forEach((d, i) => {
			g.b2[i] += d / set.count;
			a1.forEach((a, h) => (g.W2[i * H + h] += (d * a) / set.count));
		});
		dz1.forEach((d, h) => {
			g.b1[h] += d / set.count;
			x.forEach((v, q) => (g.W1[h * INPUTS + q] += (d * v) / set.count));
		});
	}
	const grads: Params = {
		W1: fromData(H, INPUTS, g.W1),
		b1: fromData(H, 1, g.b1),
		W2: fromData(CLASSES, H, g.W2),
		b2: fromData(CLASSES, 1, g.b2)
	};
	return { loss: loss / set.count, grads, probs };
}

let wasm: Uint8Array;
let plain: Uint8Array;
let images: MnistSet;
let blocks: MnistSet;
beforeAll(async () => {
	[wasm, plain] = await Promise.all([kernelWasmBytes(), kernelWasmBytes({ fused: false })]);
	blocks = sliceSet(await loadMnistNode('train'), 0, 700);
	images = sliceSet(blocks, 0, 203);
}, 120000);

describe.each(['wasm', 'wasm-plain', 'js'] as const)('the %s kernel', (kind) => {
	const bytes = () => ({ wasm, 'wasm-plain': plain, js: undefined })[kind];
	it.each([
		[3, 'relu', 203],
		[10, 'leaky-relu', 203],
		[16, 'relu', 203],
		[30, 'leaky-relu', 203],
		[10, 'relu', 700],
		[16, 'leaky-relu', 700]
	] as const)(
		'matches float64 gradients with %d hidden units and %s on %d images',
		async (hidden, activation, count) => {
			const network = { ...DEFAULT_NETWORK, hidden, activation, leakySlope: 0.05, seed: hidden };
			const set = count === 203 ? images : blocks;
			const trainer = await createFastTrainer(set, {
				wasm: bytes(),
				network
			});
			const expected = reference(set, trainer.params(), network);
			const report = trainer.step();
			expect(Math.abs(report.loss - expected.loss) / expected.loss).toBeLessThan(TOLERANCE);
			const grads = trainer.gradients();
			for (const name of PARAM_NAMES)
				expect(relativeError(grads[name], expected.grads[name]), name).toBeLessThan(TOLERANCE);
		}
	);

	it('gives the float64 probabilities and predictions when evaluating', async () => {
		const network = { ...DEFAULT_NETWORK, seed: 3 };
		const trainer = await createFastTrainer(images, {
			wasm: bytes(),
			network
		});
		const set = sliceSet(images, 0, 71);
		const expected = reference(set, trainer.params(), network);
		const result = trainer.evaluate(set, { probabilities: true });
		expect(result.count).toBe(71);
		expect(Math.abs(result.loss - expected.loss) / expected.loss).toBeLessThan(TOLERANCE);
		let worst = 0;
		expected.probs.forEach((row, j) =>
			row.forEach(
				(v, i) => (worst = Math.max(worst, Math.abs(result.probabilities![j * 10 + i] - v)))
			)
		);
		expect(worst).toBeLessThan(1e-5);
		const predicted = expected.probs.map((row) => row.indexOf(Math.max(...row)));
		expect(Array.from(result.predictions)).toEqual(predicted);
		expect(result.accuracy).toBe(predicted.filter((d, j) => d === set.labels[j]).length / 71);
	});
});

describe('the two kernels', () => {
	it.each([
		['mini-batch', { kind: 'minibatch', alpha: 0.1, batchSize: 50 }],
		[
			'Adam on batches',
			{ kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, batchSize: 64 }
		],
		['full-batch gradient descent', { kind: 'gd', alpha: 0.5 }]
	] as const)('agree over 12 iterations of %s', async (_, optimizer) => {
		const made = await Promise.all(
			[wasm, undefined].map((w) =>
				createFastTrainer(images, { wasm: w, optimizer, network: { seed: 7 } })
			)
		);
		for (let i = 0; i < 12; i++) {
			const [a, b] = made.map((t) => t.step());
			expect(a.batchSize).toBe(b.batchSize);
			expect(Math.abs(a.loss - b.loss) / b.loss).toBeLessThan(TOLERANCE);
			expect(a.accuracy).toBeCloseTo(b.accuracy, 2);
		}
		const [pa, pb] = made.map((t) => t.params());
		for (const name of PARAM_NAMES)
			expect(relativeError(pa[name], pb[name]), name).toBeLessThan(TOLERANCE);
	});

	it('start from the same initParams as the lesson path', async () => {
		const trainer = await createFastTrainer(images, { wasm, network: { seed: 5 } });
		const init = initParams({ ...DEFAULT_NETWORK, seed: 5 });
		for (const name of PARAM_NAMES)
			expect(relativeError(trainer.params()[name], init[name])).toBeLessThan(1e-7);
	});
});
