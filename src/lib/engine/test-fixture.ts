/**
 * For tests only (Node: reads a file). The numpy reference case `relu-gd` of
 * ../shared/fixtures/reference-iterations.json — 8 MNIST test images as X (784 × 8, pixels /
 * 255, 81% zeros), their labels and the starting parameters — plus seeded MNIST-like data
 * and a bit-for-bit view of a matrix for `toEqual`; the `leaky-relu-gd` case; and numpy's
 * answers for the derivation functions (tests/fixtures/derive.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { referenceCases } from '../../../scripts/lib/reference-fixture';
import type { Params } from './config';
import { matrix, type Matrix } from './matrix';
import { Rng } from './rng';

const relu = referenceCases().find((c) => c.name === 'relu-gd');
if (!relu) throw new Error('reference-iterations.json has no relu-gd case');

/** The fixture's X, labels (7 2 1 0 4 1 4 9) and starting parameters. */
export const reference = {
	x: relu.x,
	labels: Int32Array.from(relu.set.labels),
	params: relu.init satisfies Params,
	/** numpy's matrices of iteration 1 (Z1 … db1), by symbol. */
	first: relu.iterations[0].values
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

const leakyCase = referenceCases().find((c) => c.name === 'leaky-relu-gd');
if (!leakyCase) throw new Error('reference-iterations.json has no leaky-relu-gd case');

/** The Leaky ReLU case: the same 8 images, its own starting parameters and slope. */
export const leakyReference = {
	x: leakyCase.x,
	labels: Int32Array.from(leakyCase.set.labels),
	params: leakyCase.init satisfies Params,
	slope: leakyCase.leakySlope
};

type Json = { shape: [number, number]; data: number[] };
interface PathCase {
	pick: { image: number; pixel: number; hidden: number; output: number };
	lossSlope: number;
	weight: number;
	gate: number;
	pixel: number;
	products: number[];
	pathSum: number;
	hiddenError: number;
	mean: number;
}
interface NudgeCase {
	pick: { param: 'W1' | 'b1' | 'W2' | 'b2'; row: number; col: number };
	epsilon: number;
	lossPlus: number;
	lossMinus: number;
	central: number;
	gradient: number;
	slipGradient: number;
}
type PixelSide = Record<
	'largestPixel' | 'largestZ1' | 'largestZ2' | 'overflowing' | 'loss' | 'stepRatio',
	number
>;

/**
 * numpy's own answers for the derivation widgets' engine functions on the reference images
 * (tests/fixtures/derive.json, written by tests/fixtures/derive.py; never the engine's).
 */
export const derive = JSON.parse(
	readFileSync(path.resolve(process.cwd(), 'tests/fixtures/derive.json'), 'utf8')
) as {
	jacobian: { column: number; jacobian: Json; slope: Json; chain: Json }[];
	path: { relu: PathCase[]; leaky: PathCase[] };
	nudge: { relu: NudgeCase[]; leaky: NudgeCase[] };
	collapse: {
		pixels: number[];
		W: Json;
		b: Json;
		oneLayer: Json;
		twoLayers: { identity: Json; relu: Json };
	};
	pixels: { scaled: PixelSide; raw: PixelSide };
};
