import { scaleLinear } from 'd3';

/** The parts of the drawing a learner can point at: three layers and two bundles of edges. */
export type Part = 'input' | 'W1' | 'hidden' | 'W2' | 'output';
export const PARTS: readonly Part[] = ['input', 'W1', 'hidden', 'W2', 'output'];

export interface Point {
	readonly x: number;
	readonly y: number;
}

/** A part's box in the drawing's own units, for its highlight and the button laid over it. */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export type LayoutName = 'figure' | 'dock' | 'strip';

export interface NetworkLayout {
	readonly width: number;
	readonly height: number;
	/** Node radius, and half the side of an input pixel's square. */
	readonly r: number;
	readonly half: number;
	readonly inputs: readonly Point[];
	readonly hidden: readonly Point[];
	readonly outputs: readonly Point[];
	/** Whether every edge is drawn (the strip draws one connector per bundle instead). */
	readonly edges: boolean;
	readonly boxes: Readonly<Record<Part, Box>>;
	/** Where each part's name is written, above it; none in the strip. */
	readonly labels?: Readonly<Record<Part, Point>>;
}

const column = (x: number, count: number, top: number, bottom: number): Point[] => {
	const y = scaleLinear([0, Math.max(count - 1, 1)], [top, bottom]);
	return Array.from({ length: count }, (_, k) => ({
		x,
		y: count === 1 ? (top + bottom) / 2 : y(k)
	}));
};

const row = (left: number, count: number, gap: number, y: number): Point[] =>
	Array.from({ length: count }, (_, k) => ({ x: left + k * gap, y }));

const box = (points: readonly Point[], pad: number): Box => {
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const x = Math.min(...xs) - pad;
	const y = Math.min(...ys) - pad;
	return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
};

const between = (a: Box, b: Box, top: number, bottom: number): Box => ({
	x: a.x + a.width,
	y: top,
	width: b.x - (a.x + a.width),
	height: bottom - top
});

/**
 * Where each node of the 784 → hidden → 10 drawing sits. Only `shown` of the 784 input pixels
 * are drawn, as the notes draw them. 'figure' is the large labelled drawing of the home page,
 * 'dock' the small one in the step dock, 'strip' the one-line version for a phone.
 */
export function networkLayout(
	name: LayoutName,
	shown: number,
	hidden: number,
	classes: number
): NetworkLayout {
	if (name === 'strip') {
		const gap = 9;
		const inputs = row(6, shown, 6, 11);
		const hiddenAt = inputs[inputs.length - 1].x + 40;
		const hiddenNodes = row(hiddenAt, hidden, gap, 11);
		const outputs = row(hiddenNodes[hiddenNodes.length - 1].x + 40, classes, gap, 11);
		const [a, h, o] = [box(inputs, 5), box(hiddenNodes, 6), box(outputs, 6)];
		return {
			width: o.x + o.width + 2,
			height: 22,
			r: 3,
			half: 2.5,
			inputs,
			hidden: hiddenNodes,
			outputs,
			edges: false,
			boxes: { input: a, W1: between(a, h, 1, 21), hidden: h, W2: between(h, o, 1, 21), output: o }
		};
	}
	const big = name === 'figure';
	const [width, height] = big ? [640, 300] : [230, 108];
	const x = big
		? { input: 110, hidden: 350, output: 540 }
		: { input: 12, hidden: 118, output: 214 };
	const [top, bottom] = big ? [48, height - 68] : [24, height - 6];
	const r = big ? 10 : 3.8;
	const inputs = column(x.input, shown, big ? 40 : top - 2, big ? height - 60 : bottom + 2);
	const hiddenNodes = column(x.hidden, hidden, top, bottom);
	const outputs = column(x.output, classes, top, bottom);
	const pad = r + (big ? 6 : 4);
	const [a, h, o] = [box(inputs, pad), box(hiddenNodes, pad), box(outputs, pad)];
	const mid = (p: number, q: number) => ({ x: (p + q) / 2, y: 10 });
	const labels = big
		? undefined
		: {
				input: { x: x.input + 2, y: 10 },
				W1: mid(x.input, x.hidden),
				hidden: { x: x.hidden, y: 10 },
				W2: mid(x.hidden, x.output),
				output: { x: x.output - 4, y: 10 }
			};
	return {
		labels,
		width,
		height,
		r,
		half: big ? 7 : 3,
		inputs,
		hidden: hiddenNodes,
		outputs,
		edges: true,
		boxes: {
			input: a,
			W1: between(a, h, 0, height),
			hidden: h,
			W2: between(h, o, 0, height),
			output: o
		}
	};
}
