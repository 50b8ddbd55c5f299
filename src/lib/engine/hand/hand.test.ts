import { describe, expect, it } from 'vitest';
import { referenceCases, type ReferenceCase } from '../../../../scripts/lib/reference-fixture';
import { DEFAULT_NETWORK, type NetworkConfig } from '../config';
import { judgeAnswer } from './guess';
import { matrix, type Matrix } from '../matrix';
import { Stepper } from '../steps/stepper';
import { STEP_IDS } from '../steps/step';
import { mnistLike } from '../test-fixture';
import { handQuestion, handTrail, type HandQuestion, type HandSetup } from './index';

const cases = new Map(referenceCases().map((c) => [c.name, c]));

function networkOf(c: ReferenceCase): NetworkConfig {
	return { ...DEFAULT_NETWORK, activation: c.activation, leakySlope: c.leakySlope };
}

/** Every question of iteration 1, each built just before its step, and the stepper after. */
function walk(stepper: Stepper, setup: HandSetup): HandQuestion[] {
	const { values, start, labels, iteration } = stepper.state;
	const trail = handTrail({ X: values.X as Matrix, ...start }, labels, iteration);
	return stepper.steps.map((step) => {
		const question = handQuestion(step.id, stepper.state.values, trail, setup);
		stepper.next();
		return question;
	});
}

const at = (m: Matrix, [i, j]: readonly [number, number]) => m.data[i * m.shape[1] + j];

describe('handQuestion on the numpy reference (8 MNIST images)', () => {
	for (const name of ['relu-gd', 'leaky-relu-gd']) {
		const c = cases.get(name);
		if (!c) throw new Error(`no ${name} case`);
		const network = networkOf(c);
		const setup: HandSetup = {
			network,
			alpha: c.optimizer.alpha,
			pixelByte: (p, j) => c.set.images[j * 784 + p]
		};

		it(`asks all fifteen steps in order and each answer is the lesson's entry bit for bit (${name})`, () => {
			const stepper = new Stepper(c.x, c.set.labels, network, c.optimizer, c.init);
			const steps = stepper.steps;
			const questions: HandQuestion[] = [];
			for (const step of steps) {
				const { values, start, labels, iteration } = stepper.state;
				const trail = handTrail({ X: values.X as Matrix, ...start }, labels, iteration);
				questions.push(handQuestion(step.id, values, trail, setup));
				stepper.next();
				const result = stepper.value(step.output) as Matrix;
				expect(questions.at(-1)?.answer, step.id).toBe(at(result, questions.at(-1)!.cell));
			}
			expect(questions.map((q) => q.step)).toEqual([...STEP_IDS]);
		});

		it(`agrees with numpy float64 to 1e-12 on every entry it asks (${name})`, () => {
			const stepper = new Stepper(c.x, c.set.labels, network, c.optimizer, c.init);
			const [first] = c.iterations;
			for (const q of walk(stepper, setup)) {
				const symbol = q.asked.symbol;
				const numpy = q.step.startsWith('update-')
					? first.after[symbol as 'W1' | 'b1' | 'W2' | 'b2']
					: symbol === 'A0'
						? c.x
						: first.values[symbol];
				if (!numpy) throw new Error(`numpy has no ${symbol}`);
				const expected = at(numpy, q.cell);
				expect(Math.abs(q.answer - expected), q.step).toBeLessThanOrEqual(
					1e-12 * Math.max(1, Math.abs(expected))
				);
			}
		});
	}
});

/** What a person does with the numbers as the page prints them: rounded to six figures. */
const printed = (v: number) => Number(v.toPrecision(6));

describe('every question is doable with pencil and calculator', () => {
	const relu = cases.get('relu-gd');
	if (!relu) throw new Error('no relu-gd case');
	const setup: HandSetup = {
		network: DEFAULT_NETWORK,
		alpha: 0.1,
		pixelByte: (p, j) => relu.set.images[j * 784 + p]
	};

	it('gives no more than ten numbers in a row and never a 784-term sum to do', () => {
		const stepper = new Stepper(
			relu.x,
			relu.set.labels,
			DEFAULT_NETWORK,
			relu.optimizer,
			relu.init
		);
		for (const q of walk(stepper, setup)) {
			for (const given of q.given) {
				if (given.kind === 'table') expect(given.keys.length, q.step).toBeLessThanOrEqual(10);
			}
			// At most ten terms and the one product that switches dZ¹.
			const products = q.working.filter((w) => w.form === 'product' || w.form === 'exp');
			expect(products.length, q.step).toBeLessThanOrEqual(11);
		}
	});

	it('ends every working with the answer, and each line is what its operands give', () => {
		const stepper = new Stepper(
			relu.x,
			relu.set.labels,
			DEFAULT_NETWORK,
			relu.optimizer,
			relu.init
		);
		for (const q of walk(stepper, setup)) {
			expect(q.working.at(-1)?.value, q.step).toBe(q.answer);
			for (const w of q.working) {
				const o = w.operands.map((x) => x.value);
				const close = (v: number) =>
					expect(Math.abs(w.value - v), `${q.step} ${w.form}`).toBeLessThanOrEqual(
						1e-12 * Math.max(1, q.scale)
					);
				if (w.form === 'product') close(o[0] * o[1]);
				if (w.form === 'sum') close(o.reduce((s, v) => s + v, 0));
				if (w.form === 'difference') close(o[0] - o[1]);
				if (w.form === 'quotient') close(o[0] / o[1]);
				if (w.form === 'exp') close(Math.exp(o[0]));
				if (w.form === 'scale') close(o[1] / o[0]);
				if (w.form === 'relu') close(Math.max(0, o[0]));
				if (w.form === 'max') close(Math.max(...o));
				if (w.form === 'slope') close(o[0] > 0 ? 1 : 0);
				if (w.form === 'onehot') close(o[0] === o[1] ? 1 : 0);
			}
		}
	});

	it('judges right an answer worked from the printed numbers and rounded to 4 figures', () => {
		for (const m of [1, 2]) {
			const like = mnistLike(m, 3);
			// Pixels as the file has them: bytes over 255.
			const x = matrix(
				784,
				m,
				Array.from(like.x.data, (v) => Math.round(v * 255) / 255)
			);
			const labels = like.labels;
			const stepper = new Stepper(x, labels, DEFAULT_NETWORK, { kind: 'gd', alpha: 0.1 });
			const bytes = (p: number, j: number) => Math.round(x.data[p * m + j] * 255);
			const questions = walk(stepper, { ...setup, pixelByte: bytes });
			for (const q of questions) {
				// Redo the working from its printed operands, as a learner with a calculator would.
				let worked = q.answer;
				const last = q.working.at(-1);
				if (!last) throw new Error('no working');
				const o = last.operands.map((v) => printed(v.value));
				if (last.form === 'sum') worked = o.reduce((s, v) => s + v, 0);
				if (last.form === 'product') worked = o[0] * o[1];
				if (last.form === 'difference') worked = o[0] - o[1];
				if (last.form === 'quotient') worked = o[0] / o[1];
				if (last.form === 'scale') worked = o[1] / o[0];
				if (last.form === 'relu') worked = Math.max(0, o[0]);
				const answer = Number(worked.toPrecision(4));
				expect(judgeAnswer(answer, q.answer, { scale: q.scale }).right, `${m} ${q.step}`).toBe(
					true
				);
				expect(judgeAnswer(answer * 1.02 + 1e-3, q.answer, { scale: q.scale }).right).toBe(false);
			}
		}
	});
});

describe('handTrail', () => {
	const relu = cases.get('relu-gd');
	if (!relu) throw new Error('no relu-gd case');
	const start = { X: relu.x, ...relu.init };

	it('follows image (iteration − 1) mod m, its digit, a mid-grey pixel and a node it turns on', () => {
		const z1 = relu.iterations[0].values.Z1;
		for (const iteration of [1, 2, 9]) {
			const t = handTrail(start, relu.set.labels, iteration);
			expect(t.image).toBe((iteration - 1) % 8);
			expect(t.output).toBe(relu.set.labels[t.image]);
			const ink = relu.x.data[t.pixel * 8 + t.image];
			expect(ink).toBeGreaterThan(0.2);
			expect(ink).toBeLessThan(0.8);
			expect(t.terms).toHaveLength(3);
			expect(t.terms[0]).toBe(t.pixel);
			for (const k of t.terms) expect(relu.x.data[k * 8 + t.image]).toBeGreaterThan(0);
			if (iteration === 1) expect(z1.data[t.hidden * 8 + t.image]).toBeGreaterThan(0);
		}
	});

	it.each([
		[[7, 2], 1, '2 labels for 8 images'],
		[relu.set.labels, 0, 'iteration 0 is not a whole number from 1']
	] as const)('refuses labels %j at iteration %i: %s', (labels, iteration, message) => {
		expect(() => handTrail(start, labels, iteration)).toThrow(message);
	});
});

describe('handQuestion', () => {
	it('names the value a step needs when it has not been computed yet', () => {
		const relu = cases.get('relu-gd');
		if (!relu) throw new Error('no relu-gd case');
		const stepper = new Stepper(
			relu.x,
			relu.set.labels,
			DEFAULT_NETWORK,
			relu.optimizer,
			relu.init
		);
		const trail = handTrail({ X: relu.x, ...relu.init }, relu.set.labels, 1);
		const setup = { network: DEFAULT_NETWORK, alpha: 0.1, pixelByte: () => 0 };
		expect(() => handQuestion('dZ1', stepper.state.values, trail, setup)).toThrow(
			'dZ1 needs dZ2, which has no value yet'
		);
	});
});
