/**
 * The one-path chain rule checked against numpy's factors for the same paths, and against
 * the definition of a derivative: one image's loss Lⱼ nudged through W¹[h, p].
 */
import { describe, expect, it } from 'vitest';
import { chainPath, type PathPick } from './chain-path';
import { DEFAULT_NETWORK, type NetworkConfig, type Params } from '../config';
import { forward } from '../forward';
import { crossEntropy, oneHot } from '../loss';
import { fromData, type Matrix } from '../matrix';
import { pickColumns } from '../ops/columns';
import { stepIndex, lessonSteps, type Values } from '../steps';
import { derive, leakyReference, reference } from '../test-fixture';

function valuesOf(params: Params, x: Matrix, labels: Int32Array, network: NetworkConfig): Values {
	const optimizer = { kind: 'gd', alpha: 0.1 } as const;
	let values: Values = { X: x, Y: oneHot(labels), ...params };
	for (const step of lessonSteps(network, optimizer).slice(0, stepIndex('db1') + 1)) {
		const context = { values, network, optimizer, optimizerState: {} };
		values = { ...values, [step.output]: step.compute(context).value };
	}
	return values;
}

const cases = [
	{
		name: 'ReLU',
		...reference,
		network: DEFAULT_NETWORK,
		numpy: derive.path.relu
	},
	{
		name: 'Leaky ReLU',
		...leakyReference,
		network: {
			...DEFAULT_NETWORK,
			activation: 'leaky-relu',
			leakySlope: leakyReference.slope
		} as NetworkConfig,
		numpy: derive.path.leaky
	}
];

describe.each(cases)('chainPath with $name', ({ x, labels, params, network, numpy }) => {
	const values = valuesOf(params, x, labels, network);

	it.each(numpy.map((n) => ({ ...n.pick, n })))(
		'image $image, pixel $pixel, node $hidden, output $output: numpy’s factors and sums',
		({ n }) => {
			const path = chainPath(values, network, n.pick);
			// numpy's matrix products sum in another order: the last bit or two may differ.
			const ours = [path.lossSlope, path.weight, path.gate, path.pixel];
			const theirs = [n.lossSlope, n.weight, n.gate, n.pixel];
			ours.forEach((v, k) => expect(Math.abs(v - theirs[k])).toBeLessThan(1e-15));
			path.products.forEach((v, o) => expect(Math.abs(v - n.products[o])).toBeLessThan(1e-16));
			expect(path.product).toBe(path.products[n.pick.output]);
			expect(Math.abs(path.pathSum - n.pathSum)).toBeLessThan(1e-15);
			expect(Math.abs(path.hiddenError - n.hiddenError)).toBeLessThan(1e-15);
			expect(Math.abs(path.mean - n.mean)).toBeLessThan(1e-15);
		}
	);

	it('the sum of the ten paths is the hidden error dZ¹[h, j] times the pixel', () => {
		const pick = numpy[0].pick;
		const path = chainPath(values, network, pick);
		const dZ1 = values.dZ1 as Matrix;
		expect(path.hiddenError).toBeCloseTo(dZ1.data[pick.hidden * x.shape[1] + pick.image], 15);
		expect(path.pathSum).toBeCloseTo(path.hiddenError * path.pixel, 15);
	});

	it('the mean over the images is the lesson’s dW¹[h, p]', () => {
		const pick = numpy[1].pick;
		const dW1 = values.dW1 as Matrix;
		const path = chainPath(values, network, pick);
		expect(path.mean).toBeCloseTo(dW1.data[pick.hidden * 784 + pick.pixel], 15);
	});

	it('the path sum is the central difference of image j’s own loss through W¹[h, p]', () => {
		const pick: PathPick = numpy[0].pick;
		const image = pickColumns(x, [pick.image]);
		const y = oneHot([labels[pick.image]]);
		const lossAt = (by: number) => {
			const data = params.W1.data.slice();
			data[pick.hidden * 784 + pick.pixel] += by;
			const W1 = fromData(params.W1.shape[0], 784, data);
			return crossEntropy(forward({ ...params, W1 }, image, network).A2, y);
		};
		const h = 1e-6;
		const numeric = (lossAt(h) - lossAt(-h)) / (2 * h);
		expect(Math.abs(numeric - chainPath(values, network, pick).pathSum)).toBeLessThan(1e-8);
	});
});

describe('chainPath refuses a path outside the network', () => {
	const values = valuesOf(reference.params, reference.x, reference.labels, DEFAULT_NETWORK);
	it.each([
		{ pick: { image: 8, pixel: 0, hidden: 0, output: 0 }, message: 'image 8 is outside 0..7' },
		{ pick: { image: 0, pixel: 784, hidden: 0, output: 0 }, message: 'pixel 784 is outside' },
		{ pick: { image: 0, pixel: 0, hidden: 10, output: 0 }, message: 'hidden node 10' },
		{ pick: { image: 0, pixel: 0, hidden: 0, output: 1.5 }, message: 'output 1.5' }
	])('$message', ({ pick, message }) => {
		expect(() => chainPath(values, DEFAULT_NETWORK, pick)).toThrow(message);
	});

	it('says which value is missing before dZ² is computed', () => {
		const { dZ2: _dZ2, ...early } = values;
		expect(() =>
			chainPath(early, DEFAULT_NETWORK, { image: 0, pixel: 0, hidden: 0, output: 0 })
		).toThrow('needs dZ2');
	});
});
