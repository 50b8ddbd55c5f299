import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '$lib/engine/config';
import { at, type Matrix } from '$lib/engine/matrix';
import { Stepper } from '$lib/engine/steps/stepper';
import { STEP_IDS, type StepId } from '$lib/engine/steps';
import { reference } from '$lib/engine/test-fixture';
import { maxAbs, valueScale } from '$lib/widgets/matrix/color';
import { networkView } from './network-view';

const network = { ...DEFAULT_NETWORK, activation: 'relu' as const };

/** The view after `step` of iteration 1 on the numpy fixture, for image `j`. */
function viewAt(step: StepId | undefined, j = 0) {
	const stepper = new Stepper(
		reference.x,
		reference.labels,
		network,
		{ kind: 'gd', alpha: 0.1 },
		reference.params
	);
	if (step) stepper.runTo(step);
	return networkView(stepper.state, stepper.lastStep, j);
}

/** The colour numpy's value of row `i`, column `j` gets on that matrix's own scale. */
const numpyColour = (m: Matrix, i: number, j: number) =>
	valueScale(maxAbs(m.data)).color(at(m, i, j));

describe('networkView', () => {
	it.each([
		['A0', 'input', undefined],
		['Z1', 'hidden', { part: 'W1', direction: 'forward' }],
		['A1', 'hidden', undefined],
		['Z2', 'output', { part: 'W2', direction: 'forward' }],
		['A2', 'output', undefined],
		['dZ2', 'output', undefined],
		['dW2', 'W2', undefined],
		['dZ1', 'hidden', { part: 'W2', direction: 'backward' }],
		['dW1', 'W1', undefined],
		['update-W1', 'W1', undefined],
		['update-b2', 'output', undefined]
	] as const)('after %s lights %s, with values flowing %j', (step, part, flow) => {
		const view = viewAt(step);
		expect(view.active).toBe(part);
		expect(view.flow).toEqual(flow);
	});

	it('opens the matrix each step computes from the part it lights', () => {
		for (const id of STEP_IDS) {
			const view = viewAt(id);
			const output = id.startsWith('update-') ? id.slice('update-'.length) : id;
			expect(view.active && view.opens[view.active], id).toBe(output);
		}
	});

	it("shows the image's column of Z[1], then A[1], then dZ[1] on the hidden nodes, as numpy computed them", () => {
		const j = 3;
		for (const [step, name] of [
			['Z1', 'Z1'],
			['A1', 'A1'],
			['dW2', 'A1'],
			['dZ1', 'dZ1']
		] as const) {
			const view = viewAt(step, j);
			const expected = Array.from({ length: 10 }, (_, i) =>
				numpyColour(reference.first[name], i, j)
			);
			expect(view.hidden, step).toEqual(expected);
			expect(view.opens.hidden, step).toBe(name);
		}
	});

	it('shows the output error dZ[2] of the image from its step on', () => {
		const view = viewAt('dZ2', 5);
		const expected = Array.from({ length: 10 }, (_, i) => numpyColour(reference.first.dZ2, i, 5));
		expect(view.outputs).toEqual(expected);
	});

	it('leaves the layers empty before their steps and draws the inkiest pixels of the image', () => {
		const view = viewAt(undefined, 2);
		expect(view.active).toBeUndefined();
		expect(view.hidden).toEqual([]);
		expect(view.outputs).toEqual([]);
		const column = Array.from({ length: 784 }, (_, p) => at(reference.x, p, 2));
		const least = Math.min(...view.pixels.map((p) => column[p]));
		const unshown = column.filter((_, p) => !view.pixels.includes(p));
		expect(view.pixels).toHaveLength(12);
		expect([...view.pixels].sort((a, b) => a - b)).toEqual(view.pixels);
		expect(Math.max(...unshown)).toBeLessThanOrEqual(least);
	});

	it('colours every edge by its weight: W[1] from drawn pixel to hidden node, W[2] from hidden to output', () => {
		const view = viewAt('A0', 0);
		const { W1, W2 } = reference.params;
		expect(view.w1[4][7]).toBe(numpyColour(W1, 4, view.pixels[7]));
		expect(view.w2[9][2]).toBe(numpyColour(W2, 9, 2));
		expect(view.w1).toHaveLength(10);
		expect(view.w2.every((row) => row.length === 10)).toBe(true);
	});

	it('says in a few words what the step computes and which image the nodes show', () => {
		expect(viewAt(undefined).description).toBe(
			'Before the first step: the input layer shows image 0 (a 7).'
		);
		expect(viewAt('dZ1', 4).description).toBe(
			'Computing dZ[1] in the hidden layer, the error flowing back; the nodes show image 4 (a 4).'
		);
		expect(viewAt('update-W2', 1).description).toBe(
			'Updating W[2] on the edges into the output layer; the nodes show image 1 (a 2).'
		);
	});

	it('holds an image number to the columns there are', () => {
		expect(viewAt('A0', 99).image).toBe(7);
		expect(viewAt('A0', -3).image).toBe(0);
	});
});
