import type { Part } from '$lib/components/network-layout';
import type { IterationState } from '$lib/engine/steps/iteration';
import type { Matrix } from '$lib/engine/matrix';
import type { Step, StepId } from '$lib/engine/steps';
import { spoken, type MatrixName } from '$lib/engine/symbols';
import { matrixScale } from '$lib/widgets/matrix/color';

/** What the drawing of the network shows for one state of the lesson: plain data, no DOM. */
export interface NetworkView {
	/** The part the current step computes, lit. */
	readonly active?: Part;
	/** The bundle of edges the current step carries values across, and which way. */
	readonly flow?: { readonly part: 'W1' | 'W2'; readonly direction: 'forward' | 'backward' };
	/** The input pixels drawn (indices 0–783), and the node colours of each layer. */
	readonly pixels: readonly number[];
	readonly inputs: readonly string[];
	readonly hidden: readonly (string | undefined)[];
	readonly outputs: readonly (string | undefined)[];
	/** Edge colours by weight: w1[hidden node][drawn pixel], w2[output][hidden node]. */
	readonly w1: readonly (readonly string[])[];
	readonly w2: readonly (readonly string[])[];
	/** The matrix each part opens in the inspector. */
	readonly opens: Readonly<Record<Part, MatrixName>>;
	/** The image whose column the nodes show, and its digit. */
	readonly image: number;
	readonly digit: number;
	readonly description: string;
}

const STEP_PARTS: Record<StepId, { part: Part; flow?: NetworkView['flow'] }> = {
	A0: { part: 'input' },
	Z1: { part: 'hidden', flow: { part: 'W1', direction: 'forward' } },
	A1: { part: 'hidden' },
	Z2: { part: 'output', flow: { part: 'W2', direction: 'forward' } },
	A2: { part: 'output' },
	dZ2: { part: 'output' },
	dW2: { part: 'W2' },
	db2: { part: 'output' },
	dZ1: { part: 'hidden', flow: { part: 'W2', direction: 'backward' } },
	dW1: { part: 'W1' },
	db1: { part: 'hidden' },
	'update-W1': { part: 'W1' },
	'update-b1': { part: 'hidden' },
	'update-W2': { part: 'W2' },
	'update-b2': { part: 'output' }
};

const PART_WORDS: Record<Part, string> = {
	input: 'the input layer',
	W1: 'the edges into the hidden layer',
	hidden: 'the hidden layer',
	W2: 'the edges into the output layer',
	output: 'the output layer'
};

/** The most recently computed of `names` this iteration (they are listed in step order). */
function latest(values: IterationState['values'], names: readonly MatrixName[]) {
	for (const name of [...names].reverse()) if (values[name]) return name;
	return undefined;
}

/** Colours of column `j` of `matrix`, on its own diverging scale (as its matrix view uses). */
function columnColours(matrix: Matrix | undefined, j: number, rows?: readonly number[]) {
	if (!matrix) return [];
	const scale = matrixScale(matrix.data);
	const cols = matrix.shape[1];
	return (rows ?? Array.from({ length: matrix.shape[0] }, (_, i) => i)).map((i) =>
		scale.color(matrix.data[i * cols + j])
	);
}

/** The `count` pixels with the most ink in column `j` of X, in reading order. */
function inkiest(x: Matrix, j: number, count: number): number[] {
	const m = x.shape[1];
	const order = Array.from({ length: x.shape[0] }, (_, p) => p);
	order.sort((a, b) => x.data[b * m + j] - x.data[a * m + j] || a - b);
	return order.slice(0, count).sort((a, b) => a - b);
}

/**
 * The drawing's view of `state` after `step` (undefined before the first step) for image `j`:
 * which part is lit, the values of that image's column on the nodes — forward values, then the
 * errors dZ once they flow back — and the weights on the edges.
 */
export function networkView(
	state: IterationState,
	step: Step | undefined,
	j: number,
	shown = 12
): NetworkView {
	const v = state.values;
	const x = v.X;
	if (!x || !v.W1 || !v.W2) throw new Error('networkView: the state has no X, W[1] or W[2]');
	const image = Math.max(0, Math.min(x.shape[1] - 1, j));
	const pixels = inkiest(x, image, shown);
	const hiddenName = latest(v, ['Z1', 'A1', 'dZ1']);
	const outputName = latest(v, ['Z2', 'A2', 'dZ2']);
	const w1 = v.W1;
	const w2 = v.W2;
	const s1 = matrixScale(w1.data);
	const s2 = matrixScale(w2.data);
	const at = step ? STEP_PARTS[step.id] : undefined;
	const opens: Record<Part, MatrixName> = {
		input: v.A0 ? 'A0' : 'X',
		W1: 'W1',
		hidden: hiddenName ?? 'Z1',
		W2: 'W2',
		output: outputName ?? 'Z2'
	};
	if (at && step) opens[at.part] = step.output;
	const digit = state.labels[image];
	const who = `image ${image} (a ${digit})`;
	const verb = step?.phase === 'update' ? 'Updating' : 'Computing';
	const where = at ? `${at.part.startsWith('W') ? 'on' : 'in'} ${PART_WORDS[at.part]}` : '';
	const back = at?.flow?.direction === 'backward' ? ', the error flowing back' : '';
	const description = step
		? `${verb} ${spoken(step.output)} ${where}${back}; the nodes show ${who}.`
		: `Before the first step: the input layer shows ${who}.`;
	return {
		active: at?.part,
		flow: at?.flow,
		pixels,
		inputs: columnColours(v.A0 ?? x, image, pixels),
		hidden: columnColours(hiddenName && v[hiddenName], image),
		outputs: columnColours(outputName && v[outputName], image),
		w1: Array.from({ length: w1.shape[0] }, (_, h) =>
			pixels.map((p) => s1.color(w1.data[h * w1.shape[1] + p]))
		),
		w2: Array.from({ length: w2.shape[0] }, (_, o) =>
			Array.from({ length: w2.shape[1] }, (_, h) => s2.color(w2.data[o * w2.shape[1] + h]))
		),
		opens,
		image,
		digit,
		description
	};
}
