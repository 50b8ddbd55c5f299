import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, type OptimizerConfig } from '../config';
import { matrix } from '../matrix';
import { lessonSteps, need, STEP_IDS, stepIndex } from './index';
import { isSymbolName, SYMBOL_TEX } from '../symbols';

const GD: OptimizerConfig = { kind: 'gd', alpha: 0.1 };
const ADAM: OptimizerConfig = {
	kind: 'adam',
	alpha: 0.001,
	beta1: 0.9,
	beta2: 0.999,
	epsilon: 1e-8
};
const LEAKY = { ...DEFAULT_NETWORK, activation: 'leaky-relu' as const };
const configs = [
	{ name: 'ReLU + gradient descent', steps: lessonSteps(DEFAULT_NETWORK, GD) },
	{ name: 'Leaky ReLU + Adam', steps: lessonSteps(LEAKY, ADAM) }
];

/** Every `\sym{NAME}{TEX}` in a TeX string, as [NAME, TEX]. */
const symbolsIn = (tex: string) =>
	[...tex.matchAll(/\\sym\{([^}]*)\}\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => [m[1], m[2]]);

describe('lessonSteps', () => {
	it("lists the notes' fifteen steps in order", () => {
		expect(lessonSteps(DEFAULT_NETWORK, GD).map((s) => s.id)).toEqual([...STEP_IDS]);
		expect(STEP_IDS).toEqual([
			...['A0', 'Z1', 'A1', 'Z2', 'A2', 'dZ2', 'dW2', 'db2', 'dZ1', 'dW1', 'db1'],
			...['update-W1', 'update-b1', 'update-W2', 'update-b2']
		]);
		expect(stepIndex('dZ1')).toBe(8);
	});

	it.each([
		{
			id: 'Z1',
			tex: '\\sym{Z1}{Z^{[1]}} = \\sym{W1}{W^{[1]}} \\sym{A0}{A^{[0]}} + \\sym{b1}{b^{[1]}}'
		},
		{ id: 'A2', tex: '\\sym{A2}{A^{[2]}} = \\operatorname{softmax}(\\sym{Z2}{Z^{[2]}})' },
		{
			id: 'dW2',
			tex: '\\sym{dW2}{dW^{[2]}} = \\frac{1}{m} \\sym{dZ2}{dZ^{[2]}} {\\sym{A1}{A^{[1]}}}^{T}'
		},
		{
			id: 'update-W1',
			tex: '\\sym{W1}{W^{[1]}} := \\sym{W1}{W^{[1]}} - \\sym{alpha}{\\alpha}\\, \\sym{dW1}{dW^{[1]}}'
		}
	])('step $id is written in TeX as the chapters write it', ({ id, tex }) => {
		expect(lessonSteps(DEFAULT_NETWORK, GD).find((s) => s.id === id)?.tex).toBe(tex);
	});

	describe.each(configs)('$name', ({ steps }) => {
		it.each(steps.map((step) => ({ step })))(
			'$step.id tags its result and every input with \\sym and the listed TeX',
			({ step }) => {
				const tagged = symbolsIn(step.tex);
				for (const [name, tex] of tagged) {
					expect(isSymbolName(name), name).toBe(true);
					expect(tex).toBe(SYMBOL_TEX[name as keyof typeof SYMBOL_TEX]);
				}
				const names = tagged.map(([name]) => name);
				expect(names).toContain(step.output);
				for (const input of step.inputs) expect(names).toContain(input);
				expect(step.tex.split('{').length).toBe(step.tex.split('}').length);
				expect(step.text).not.toMatch(/\\|\{|\}/);
				expect(step.label.length).toBeGreaterThan(0);
			}
		);
	});

	it('names the activation and the update rule in the equations', () => {
		const leaky = lessonSteps(LEAKY, ADAM);
		expect(leaky[2].tex).toContain('\\operatorname{LeakyReLU}');
		expect(leaky[2].text).toContain('Leaky ReLU');
		expect(leaky[8].tex).toContain("\\operatorname{LeakyReLU}'");
		expect(leaky[11].tex).toContain('{\\sqrt{\\hat{\\nu}(\\sym{dW1}{dW^{[1]}})} + \\epsilon}');
	});

	it('need() names the step and the missing value', () => {
		expect(() => need({}, 'W1', 'Z1')).toThrow('step Z1 needs W1, which has no value yet');
		expect(need({ W1: matrix(1, 1) }, 'W1', 'Z1').shape).toEqual([1, 1]);
	});
});
