import type { Matrix } from '$lib/engine/matrix';
import { matmul } from '$lib/engine/ops/matmul';
import { pickColumns } from '$lib/engine/ops/columns';
import { transpose } from '$lib/engine/ops/transpose';
import type { Values } from '$lib/engine/steps';
import type { MatrixName } from '$lib/engine/symbols';

/** One table on the sheet: a symbol, its values, and whether the learner fills it in. */
export interface SheetTable {
	readonly symbol: MatrixName;
	readonly caption: string;
	readonly matrix: Matrix;
	/** Labels for the rows and columns when they are not simply 0, 1, 2, … */
	readonly rows?: readonly string[];
	readonly cols?: readonly string[];
}

export interface SheetSection {
	readonly title: string;
	/** The step ids whose equations this section works through, in order. */
	readonly steps: readonly string[];
	readonly given: readonly SheetTable[];
	readonly asked: readonly SheetTable[];
}

/** The inkiest pixels of image 0, at most `count`: where dW¹'s columns are worth computing. */
function inkiest(x: Matrix, count: number): number[] {
	const pixels = Array.from({ length: x.shape[0] }, (_, p) => p);
	pixels.sort((a, b) => x.data[b * x.shape[1]] - x.data[a * x.shape[1]] || a - b);
	return pixels.slice(0, count).sort((a, b) => a - b);
}

/**
 * What a worksheet for one full iteration asks and gives, from the engine's values after it
 * ran the iteration. W¹X is given (784 products per entry is not a hand calculation); dW¹
 * and the update of W¹ are asked for three pixels only. Every number is the engine's.
 */
export function worksheetPlan(start: Values, done: Values): SheetSection[] {
	const v = (from: Values, name: MatrixName) => {
		const value = from[name];
		if (!value) throw new Error(`worksheetPlan: ${name} was not computed`);
		return value;
	};
	const x = v(start, 'X');
	const pixels = inkiest(x, 3);
	const pixelNames = pixels.map((p) => `pixel ${p}`);
	const images = Array.from({ length: x.shape[1] }, (_, j) => `image ${j}`);
	const table = (
		symbol: MatrixName,
		caption: string,
		matrix: Matrix,
		cols?: readonly string[]
	) => ({
		symbol,
		caption,
		matrix,
		cols
	});
	return [
		{
			title: 'The labels',
			steps: [],
			given: [],
			asked: [table('Y', 'Y, one-hot: a 1 in the row of each image’s digit', v(done, 'Y'), images)]
		},
		{
			title: 'Forward',
			steps: ['Z1', 'A1', 'Z2', 'A2'],
			given: [
				table('W1', 'W[1] X (the 784-term sums, given)', matmul(v(start, 'W1'), x), images),
				table('b1', 'b[1]', v(start, 'b1')),
				table('W2', 'W[2]', v(start, 'W2')),
				table('b2', 'b[2]', v(start, 'b2'))
			],
			asked: [
				table('Z1', 'Z[1] = W[1] X + b[1]', v(done, 'Z1'), images),
				table('A1', 'A[1] = g(Z[1])', v(done, 'A1'), images),
				table('Z2', 'Z[2] = W[2] A[1] + b[2]', v(done, 'Z2'), images),
				table('A2', 'A[2] = softmax(Z[2])', v(done, 'A2'), images)
			]
		},
		{
			title: 'Backward',
			steps: ['dZ2', 'dW2', 'db2', 'dZ1', 'dW1', 'db1'],
			given: [
				table(
					'X',
					`X at the ${pixels.length} inkiest pixels of image 0`,
					transpose(pickColumns(transpose(x), pixels)),
					images
				)
			],
			asked: [
				table('dZ2', 'dZ[2] = A[2] − Y', v(done, 'dZ2'), images),
				table('dW2', 'dW[2] = (1/m) dZ[2] A[1]ᵀ', v(done, 'dW2')),
				table('db2', 'db[2] = (1/m) Σ over images of dZ[2]', v(done, 'db2')),
				table('dZ1', 'dZ[1] = W[2]ᵀ dZ[2] ⊙ g′(Z[1])', v(done, 'dZ1'), images),
				table(
					'dW1',
					'dW[1] at those pixels = (1/m) dZ[1] Xᵀ',
					pickColumns(v(done, 'dW1'), pixels),
					pixelNames
				),
				table('db1', 'db[1] = (1/m) Σ over images of dZ[1]', v(done, 'db1'))
			]
		},
		{
			title: 'Update',
			steps: ['update-W1', 'update-b1', 'update-W2', 'update-b2'],
			given: [
				table('W1', 'W[1] at those pixels, before', pickColumns(v(start, 'W1'), pixels), pixelNames)
			],
			asked: [
				table(
					'W1',
					'W[1] at those pixels, after the update',
					pickColumns(v(done, 'W1'), pixels),
					pixelNames
				),
				table('b1', 'b[1] after the update', v(done, 'b1')),
				table('W2', 'W[2] after the update', v(done, 'W2')),
				table('b2', 'b[2] after the update', v(done, 'b2'))
			]
		}
	];
}
