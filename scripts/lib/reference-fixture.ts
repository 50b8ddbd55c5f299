/**
 * The numpy reference iterations (../shared/fixtures/reference-iterations.json) in the
 * engine's types, for tests: each case's X back as MNIST bytes, its init as Params, its
 * optimizer as an OptimizerConfig. Node-only (reads the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activation, OptimizerConfig, Params } from '../../src/lib/engine/config';
import type { MnistSet } from '../../src/lib/engine/data/mnist';
import { fromData, type Matrix } from '../../src/lib/engine/matrix';

interface JsonMatrix {
	shape: [number, number];
	data: number[];
}
type JsonParams = Record<'W1' | 'b1' | 'W2' | 'b2', JsonMatrix>;
interface JsonCase {
	activation: 'relu' | 'leaky_relu';
	leakySlope: number;
	optimizer: 'gd' | 'adam';
	alpha: number;
	adam: { beta1: number; beta2: number; epsilon: number } | null;
	Y: number[];
	X: JsonMatrix;
	init: JsonParams;
	iterations: (Record<string, JsonMatrix> & { loss: number; after: JsonParams })[];
}

export interface ReferenceCase {
	readonly name: string;
	readonly activation: Activation;
	readonly leakySlope: number;
	readonly optimizer: OptimizerConfig;
	/** X as bytes, one image per row: Math.round(x · 255), checked to give back X exactly. */
	readonly set: MnistSet;
	/** X exactly as numpy had it, 784 × m, for the float64 lesson path. */
	readonly x: Matrix;
	readonly init: Params;
	readonly iterations: {
		loss: number;
		grads: Params;
		after: Params;
		/** Every named matrix of the iteration (Z1, A1, …, db1), by its trace name. */
		values: Record<string, Matrix>;
	}[];
}

export const FIXTURE_PATH = path.resolve(
	process.cwd(),
	'../shared/fixtures/reference-iterations.json'
);

export const toMatrix = (m: JsonMatrix): Matrix =>
	fromData(m.shape[0], m.shape[1], Float64Array.from(m.data));
const toParams = (p: JsonParams): Params => ({
	W1: toMatrix(p.W1),
	b1: toMatrix(p.b1),
	W2: toMatrix(p.W2),
	b2: toMatrix(p.b2)
});

/** X (784 × m, pixels / 255) back to bytes; throws unless every pixel was a byte / 255 exactly. */
export function bytesOfX(x: JsonMatrix): Uint8Array {
	const [rows, m] = x.shape;
	const images = new Uint8Array(rows * m);
	for (let p = 0; p < rows; p++) {
		for (let j = 0; j < m; j++) {
			const value = x.data[p * m + j];
			const byte = Math.round(value * 255);
			if (byte / 255 !== value)
				throw new Error(`fixture X[${p}, ${j}] = ${value} is not a byte / 255`);
			images[j * rows + p] = byte;
		}
	}
	return images;
}

export function referenceCases(): ReferenceCase[] {
	if (!existsSync(FIXTURE_PATH)) {
		throw new Error(
			`the numpy reference iterations are not at ${FIXTURE_PATH}: the engine's tests read ` +
				`them from the team's shared folder, checked out as ../shared beside this clone`
		);
	}
	const json = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as {
		cases: Record<string, JsonCase>;
	};
	return Object.entries(json.cases).map(([name, c]) => ({
		name,
		activation: c.activation === 'relu' ? 'relu' : 'leaky-relu',
		leakySlope: c.leakySlope,
		optimizer:
			c.optimizer === 'adam' && c.adam
				? { kind: 'adam', alpha: c.alpha, ...c.adam }
				: { kind: 'gd', alpha: c.alpha },
		set: { count: c.Y.length, images: bytesOfX(c.X), labels: Uint8Array.from(c.Y) },
		x: toMatrix(c.X),
		init: toParams(c.init),
		iterations: c.iterations.map(({ loss, after, ...values }) => ({
			loss,
			grads: {
				W1: toMatrix(values.dW1),
				b1: toMatrix(values.db1),
				W2: toMatrix(values.dW2),
				b2: toMatrix(values.db2)
			},
			after: toParams(after),
			values: Object.fromEntries(Object.entries(values).map(([name, m]) => [name, toMatrix(m)]))
		}))
	}));
}
