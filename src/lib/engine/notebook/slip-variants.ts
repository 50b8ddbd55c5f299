/**
 * The notes' slips, line by line, as the engine computes them: each variant takes the cell's
 * inputs and returns what the slip would give — the hidden error without g′ (what-if/errata.ts), the
 * notebook's single-number db (what-if/errata.ts), its overflowing softmax (explain/softmax-vector.ts), a
 * product without its bias, the other activation.
 */
import { activate, ACTIVATION_NAMES, activatePrime } from '../activation';
import type { NetworkConfig } from '../config';
import { hiddenErrorWithoutSlope, scalarDb } from '../what-if/errata';
import type { Matrix } from '../matrix';
import { hadamard } from '../ops/elementwise';
import { matmul } from '../ops/matmul';
import { matmulAT } from '../ops/matmul-at';
import type { Values } from '../steps';
import type { CellName } from './cells';
import type { SlipContext } from './slips';
import { naiveSoftmax } from './softmax-columns';

export interface Variant {
	readonly id: string;
	readonly value: (v: Values, ctx: SlipContext) => Matrix | undefined;
	/** Compare a single-number result with the variant's (all-equal) entries. */
	readonly scalar?: boolean;
	readonly text: string | ((ctx: SlipContext) => string);
	readonly appendix?: string;
}

const other = (n: NetworkConfig): NetworkConfig => ({
	...n,
	activation: n.activation === 'relu' ? 'leaky-relu' : 'relu'
});
const otherName = (n: NetworkConfig) => (n.activation === 'relu' ? 'Leaky ReLU' : 'ReLU');

function noBias(layer: '1' | '2'): Variant {
	const [W, A, b] = layer === '1' ? (['W1', 'A0', 'b1'] as const) : (['W2', 'A1', 'b2'] as const);
	return {
		id: 'no-bias',
		value: (v) => v[W] && v[A] && matmul(v[W], v[A]),
		text: `This is ${W} @ ${A === 'A0' ? 'X' : A} without + ${b}: every column is short by the bias, which numpy adds to each of them (broadcasting its ${b === 'b1' ? 'hidden' : 'output'}-node column).`
	};
}

function scalarBias(layer: '1' | '2'): Variant {
	return {
		id: 'scalar-db',
		scalar: true,
		value: (v) => v[`dZ${layer}`] && scalarDb(v[`dZ${layer}`] as Matrix),
		text: `np.sum without an axis adds up every entry of dZ${layer} into one number — the widely copied notebook’s line. numpy would then broadcast that number into every bias, so all ten move together${layer === '2' ? ', and since each column of dZ2 sums to 0 they never move at all' : ''}.`,
		appendix: 'One bias gradient for the whole layer'
	};
}

export const VARIANTS: Partial<Record<CellName, Variant[]>> = {
	Z1: [noBias('1')],
	Z2: [noBias('2')],
	A1: [
		{
			id: 'other-activation',
			value: (v, c) => v.Z1 && activate(v.Z1, other(c.network)),
			text: (c) =>
				`This is ${otherName(c.network)}; the page’s network uses ${ACTIVATION_NAMES[c.network.activation]} (chapter 3 has the switch).`
		},
		{
			id: 'no-activation',
			value: (v) => v.Z1,
			text: 'This is Z1 unchanged: the activation is missing, and without it the two layers collapse into one (chapter 3).'
		},
		{
			id: 'slope',
			value: (v, c) => v.Z1 && activatePrime(v.Z1, c.network),
			text: 'This is the activation’s slope g′(Z1), which backpropagation needs; A1 is g(Z1) itself.'
		}
	],
	A2: [
		{
			id: 'naive-softmax',
			value: (v) => v.Z2 && naiveSoftmax(v.Z2),
			text: 'exp overflowed: e^z is infinite in float64 once a score passes about 709.78, and ∞/∞ is NaN. Subtract each column’s max first; it changes nothing on paper.',
			appendix: 'A softmax that overflows'
		},
		{
			id: 'no-softmax',
			value: (v) => v.Z2,
			text: 'This is Z2 itself: the softmax is missing.'
		}
	],
	dZ1: [
		{
			id: 'no-g-prime',
			value: (v) => v.W2 && v.dZ2 && hiddenErrorWithoutSlope(v.W2, v.dZ2),
			text: 'This is W2.T @ dZ2 without ⊙ g′(Z1), as one set of notes writes it: every hidden node is blamed for the output’s error even where it was switched off. Multiply entry by entry by the slope, e.g. * (Z1 > 0).',
			appendix: 'A missing factor in the hidden layer’s error'
		},
		{
			id: 'other-slope',
			value: (v, c) =>
				v.W2 &&
				v.dZ2 &&
				v.Z1 &&
				hadamard(matmulAT(v.W2, v.dZ2), activatePrime(v.Z1, other(c.network))),
			text: (c) =>
				`This uses the slope of ${otherName(c.network)}; the page’s network uses ${ACTIVATION_NAMES[c.network.activation]}.`
		}
	],
	db2: [scalarBias('2')],
	db1: [scalarBias('1')]
};
