/**
 * For tests only (Node: reads a file). The numpy reference case `relu-gd` of
 * ../shared/fixtures/reference-iterations.json — 8 MNIST test images as X (784 × 8, pixels /
 * 255, 81% zeros), their labels and the starting parameters — plus seeded MNIST-like data
 * and a bit-for-bit view of a matrix for `toEqual`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Params } from './config';
import { fromData, matrix, type Matrix } from './matrix';
import { Rng } from './rng';

interface JsonMatrix {
	shape: [number, number];
	data: number[];
}
interface JsonCase {
	X: JsonMatrix;
	Y: number[];
	init: Record<keyof Params, JsonMatrix>;
	iterations: Record<string, JsonMatrix>[];
}

const toMatrix = (m: JsonMatrix): Matrix =>
	fromData(m.shape[0], m.shape[1], Float64Array.from(m.data));

const fixturePath = path.resolve(process.cwd(), '../shared/fixtures/reference-iterations.json');
const relu = (JSON.parse(readFileSync(fixturePath, 'utf8')) as { cases: Record<string, JsonCase> })
	.cases['relu-gd'];

/** The fixture's X, labels (7 2 1 0 4 1 4 9) and starting parameters. */
export const reference = {
	x: toMatrix(relu.X),
	labels: Int32Array.from(relu.Y),
	params: {
		W1: toMatrix(relu.init.W1),
		b1: toMatrix(relu.init.b1),
		W2: toMatrix(relu.init.W2),
		b2: toMatrix(relu.init.b2)
	} satisfies Params,
	/** numpy's matrices of iteration 1 (Z1 … db1), by symbol. */
	first: Object.fromEntries(
		Object.entries(relu.iterations[0]).flatMap(([k, v]) =>
			typeof v === 'object' && v !== null && 'shape' in v ? [[k, toMatrix(v)]] : []
		)
	) as Record<string, Matrix>
};

/** m seeded images, about 80% of pixels 0 like MNIST, and their labels. */
export function mnistLike(m: number, seed = 1): { x: Matrix; labels: Int32Array } {
	const rng = new Rng(seed, 77);
	const x = matrix(
		784,
		m,
		Array.from({ length: 784 * m }, () => (rng.uniform() < 0.8 ? 0 : rng.uniform()))
	);
	return { x, labels: Int32Array.from({ length: m }, () => rng.int(10)) };
}

/** The raw 64 bits of every entry, so `toEqual` tells −0 from +0 and compares NaNs exactly. */
export function bits(m: Matrix | Float64Array | readonly number[]): bigint[] {
	const data = m instanceof Float64Array ? m : Float64Array.from('data' in m ? m.data : m);
	return Array.from(new BigUint64Array(data.buffer, data.byteOffset, data.length));
}
