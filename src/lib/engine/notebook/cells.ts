/**
 * The notebook's fourteen cells, one per line of an iteration after A⁰ = X, in the notes'
 * order: forward (Z¹ … A²), backward (dZ² … db¹), then the four updates. A cell is named for
 * the symbol it assigns (the W¹ update's cell is `W1`), and knows the notes' line for it.
 */
import { ACTIVATION_NAMES } from '../activation';
import type { NetworkConfig } from '../config';
import type { StepId } from '../steps';
import type { MatrixName } from '../symbols';

export const CELL_NAMES = [
	'Z1',
	'A1',
	'Z2',
	'A2',
	'dZ2',
	'dW2',
	'db2',
	'dZ1',
	'dW1',
	'db1',
	'W1',
	'b1',
	'W2',
	'b2'
] as const satisfies readonly MatrixName[];

export type CellName = (typeof CELL_NAMES)[number];

const UPDATES = new Set<CellName>(['W1', 'b1', 'W2', 'b2']);

export function isCellName(name: string): name is CellName {
	return (CELL_NAMES as readonly string[]).includes(name);
}

/** The step of the iteration a cell writes: its own name, or `update-W1` for the W1 cell. */
export function cellStep(name: CellName): StepId {
	return UPDATES.has(name) ? (`update-${name}` as StepId) : (name as StepId);
}

export function isUpdate(name: CellName): boolean {
	return UPDATES.has(name);
}

/** Where a reader of the site meets each line: forward (3–4), backward (5), updates (6). */
export function cellChapter(name: CellName): number {
	const k = CELL_NAMES.indexOf(name);
	return k < 3 ? 3 : k === 3 ? 4 : k < 10 ? 5 : 6;
}

/**
 * The notes' line for a cell, written the way their program writes numpy (`.dot`, `1 / m`),
 * with the fixes the appendix explains: db keeps one number per node, softmax subtracts each
 * column's max, dZ¹ keeps ⊙ g′(Z¹). Leaky ReLU uses the network's slope.
 * @example notesLine('db2', DEFAULT_NETWORK) // 'db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)'
 */
export function notesLine(
	name: CellName,
	network: Pick<NetworkConfig, 'activation' | 'leakySlope'>
): string {
	const leaky = network.activation === 'leaky-relu';
	const a = network.leakySlope;
	const lines: Record<CellName, string> = {
		Z1: 'Z1 = W1.dot(X) + b1',
		A1: leaky ? `A1 = np.where(Z1 > 0, Z1, ${a} * Z1)` : 'A1 = np.maximum(Z1, 0)',
		Z2: 'Z2 = W2.dot(A1) + b2',
		A2: 'E = np.exp(Z2 - np.max(Z2, axis=0))\nA2 = E / np.sum(E, axis=0)',
		dZ2: 'dZ2 = A2 - Y',
		dW2: 'dW2 = 1 / m * dZ2.dot(A1.T)',
		db2: 'db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)',
		dZ1: leaky
			? `dZ1 = W2.T.dot(dZ2) * np.where(Z1 > 0, 1, ${a})`
			: 'dZ1 = W2.T.dot(dZ2) * (Z1 > 0)',
		dW1: 'dW1 = 1 / m * dZ1.dot(X.T)',
		db1: 'db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)',
		W1: 'W1 = W1 - alpha * dW1',
		b1: 'b1 = b1 - alpha * db1',
		W2: 'W2 = W2 - alpha * dW2',
		b2: 'b2 = b2 - alpha * db2'
	};
	return lines[name];
}

/** What the cell asks for, in words: "Z[1] with ReLU", for its label. */
export function cellTask(name: CellName, network: Pick<NetworkConfig, 'activation'>): string {
	const g = ACTIVATION_NAMES[network.activation];
	const spoken = name.replace(/(\d)$/, '[$1]');
	if (name === 'A1') return `A[1] = ${g}(Z[1])`;
	if (name === 'dZ1') return `dZ[1], with ${g}′`;
	return isUpdate(name) ? `the update of ${spoken}` : spoken;
}
