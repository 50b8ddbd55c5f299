import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../scripts/lib/mnist-node';
import { DEFAULT_NETWORK, type NetworkConfig } from './config';
import { evaluate, forward, pixelsToColumn, predict } from './forward';
import { matrix, relativeError, ShapeError } from './matrix';
import { Stepper } from './steps/stepper';
import { bits, mnistLike, reference } from './test-fixture';

const LEAKY: NetworkConfig = { ...DEFAULT_NETWORK, activation: 'leaky-relu' };

describe('forward', () => {
	it.each([
		{ name: 'the 8 fixture images, ReLU', network: DEFAULT_NETWORK, ...reference },
		{ name: 'the 8 fixture images, Leaky ReLU', network: LEAKY, ...reference },
		{ name: '30 seeded images, seed-drawn init', network: DEFAULT_NETWORK, ...mnistLike(30) },
		{ name: '1 image, He init', network: { ...DEFAULT_NETWORK, init: 'he' }, ...mnistLike(1, 4) }
	] as const)('gives the Stepper’s Z1, A1, Z2, A2 bit for bit: $name', (c) => {
		const params = 'params' in c ? c.params : undefined;
		const stepper = new Stepper(c.x, c.labels, c.network, { kind: 'gd', alpha: 0.1 }, params);
		stepper.runTo('A2');
		const pass = forward(stepper.initial, c.x, c.network);
		for (const name of ['Z1', 'A1', 'Z2', 'A2'] as const) {
			expect(bits(pass[name]), name).toEqual(bits(stepper.value(name) ?? matrix(0, 0)));
		}
	});

	// numpy float64 on the same inputs (reference-iterations.json), to its 1e-9 tolerance.
	it('agrees with numpy on the fixture images', () => {
		const pass = forward(reference.params, reference.x, DEFAULT_NETWORK);
		for (const name of ['Z1', 'A1', 'Z2', 'A2'] as const) {
			expect(relativeError(pass[name], reference.first[name]), name).toBeLessThan(1e-9);
		}
	});

	it('names the parameter whose shape does not fit', () => {
		const wrong = { ...reference.params, b2: matrix(9, 1) };
		expect(() => forward(wrong, reference.x, DEFAULT_NETWORK)).toThrow(ShapeError);
		expect(() => forward(wrong, reference.x, DEFAULT_NETWORK)).toThrow(/b2 is \[9×1\]/);
	});
});

describe('predict', () => {
	// Worked by hand: 2 inputs, 2 hidden nodes, W¹ = I, b¹ = 0, x = (1, −1) gives Z¹ = (1, −1),
	// A¹ = ReLU = (1, 0). W² has 2 in row 3, column 0 and zeros elsewhere, b² = 0, so
	// Z² = (0, 0, 0, 2, 0, …) and A² = e² / (9 + e²) in row 3, 1 / (9 + e²) in the other nine.
	it('picks the row of the largest probability and returns A2', () => {
		const W2 = matrix(10, 2);
		W2.data[3 * 2] = 2;
		const params = { W1: matrix(2, 2, [1, 0, 0, 1]), b1: matrix(2, 1), W2, b2: matrix(10, 1) };
		const { predictions, probabilities } = predict(params, matrix(2, 1, [1, -1]), {
			...DEFAULT_NETWORK,
			hidden: 2
		});
		expect(Array.from(predictions)).toEqual([3]);
		const e2 = Math.E * Math.E;
		expect(probabilities.shape).toEqual([10, 1]);
		expect(probabilities.data[3]).toBeCloseTo(e2 / (9 + e2), 14);
		expect(probabilities.data[0]).toBeCloseTo(1 / (9 + e2), 14);
	});

	it('gives one prediction per column, the argmax of that column of forward’s A2', () => {
		const { x } = mnistLike(12, 9);
		const { predictions, probabilities } = predict(reference.params, x, DEFAULT_NETWORK);
		expect(predictions).toHaveLength(12);
		for (let j = 0; j < 12; j++) {
			const column = Array.from({ length: 10 }, (_, i) => probabilities.data[i * 12 + j]);
			expect(predictions[j]).toBe(column.indexOf(Math.max(...column)));
		}
	});
});

describe('evaluate', () => {
	it('reports the loss and accuracy the Stepper reports for the same parameters', () => {
		const s = new Stepper(
			reference.x,
			reference.labels,
			DEFAULT_NETWORK,
			{
				kind: 'gd',
				alpha: 0.1
			},
			reference.params
		);
		s.runTo('A2');
		expect(evaluate(reference.params, reference.x, reference.labels, DEFAULT_NETWORK)).toEqual({
			loss: s.loss,
			accuracy: s.accuracy
		});
	});
});

describe('pixelsToColumn', () => {
	it.each([
		{ pixel: 0, value: 0 },
		{ pixel: 255, value: 1 },
		{ pixel: 51, value: 0.2 }
	])('turns byte $pixel into $value', ({ pixel, value }) => {
		const column = pixelsToColumn(new Uint8Array(784).fill(pixel));
		expect(column.shape).toEqual([784, 1]);
		expect(column.data[783]).toBe(value);
	});

	it('gives test image 0 exactly as column 0 of the numpy fixture X', async () => {
		const test = await loadMnistNode('test');
		const column = pixelsToColumn(test.images.subarray(0, 784));
		const expected = Array.from({ length: 784 }, (_, p) => reference.x.data[p * 8]);
		expect(bits(column)).toEqual(bits(expected));
	});

	it.each([
		{ pixels: new Uint8Array(783), message: 'an image has 784 pixels, got 783' },
		{ pixels: new Array(784).fill(256), message: 'pixel 0 is 256, not a value 0–255' },
		{ pixels: new Array(784).fill(-1), message: 'pixel 0 is -1, not a value 0–255' },
		{ pixels: new Array(784).fill(NaN), message: 'pixel 0 is NaN, not a value 0–255' }
	])('refuses bad input: $message', ({ pixels, message }) => {
		expect(() => pixelsToColumn(pixels)).toThrow(message);
	});
});
