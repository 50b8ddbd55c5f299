/**
 * The notes' slips as working code, so the appendix can run them next to the right forms and
 * show what each costs. None of these is used by the network; each is named for its mistake.
 *
 *  - 'no-g-prime': dZ¹ = W²ᵀ dZ², dropping ⊙ g′(Z¹) (notes 000).
 *  - 'scalar-db': db = (1/m) Σᵢ Σⱼ dZ[i, j], one number for every node (the notebook's np.sum).
 *  - 'randn-init': W = N(0, 1) − 0.5, the notes' `np.random.randn(…) − 0.5` (notes 003).
 *  - the softmax without its max subtracted: softmaxNaive, from explain/softmax-vector.ts.
 */
import { CLASSES, INPUTS, type NetworkConfig, type OptimizerConfig, type Params } from '../config';
import { fromData, type Matrix } from '../matrix';
import { matmulAT } from '../ops/matmul-at';
import { NumpyRandom } from '../mt19937';
import { lessonSteps, need, type Step, type StepId } from '../steps';
import { sym } from '../symbols';

export { softmaxNaive } from '../explain/softmax-vector';

/** The notes' way of training ('correct') and the three slips that change training. */
export type TrainingVariant = 'correct' | 'no-g-prime' | 'scalar-db' | 'randn-init';

export const TRAINING_VARIANTS: readonly TrainingVariant[] = Object.freeze([
	'correct',
	'no-g-prime',
	'scalar-db',
	'randn-init'
]);

/**
 * dZ¹ = W²ᵀ dZ², the incomplete form: every hidden node is blamed for the output's error,
 * whether or not it was switched on (Z¹ ≤ 0). The right form multiplies by g′(Z¹).
 */
export function hiddenErrorWithoutSlope(W2: Matrix, dZ2: Matrix): Matrix {
	return matmulAT(W2, dZ2);
}

/**
 * The notebook's db = 1/m · np.sum(dZ): every entry of dZ (r × m) summed, row by row, into one
 * number s, returned as an r × 1 column of s / m so that, as numpy broadcasts it, all r biases
 * move together. For the output layer s is 0 up to rounding, since every column of
 * dZ² = A² − Y sums to 1 − 1 = 0. (numpy sums pairwise, so its last bits may differ.)
 */
export function scalarDb(dZ: Matrix): Matrix {
	const [rows, m] = dZ.shape;
	let sum = 0;
	for (let k = 0; k < dZ.data.length; k++) sum += dZ.data[k];
	return fromData(rows, 1, new Float64Array(rows).fill((1 / m) * sum));
}

function randnMinusHalf(rng: NumpyRandom, rows: number, cols: number): Matrix {
	const data = new Float64Array(rows * cols);
	for (let k = 0; k < data.length; k++) data[k] = rng.normal() - 0.5;
	return fromData(rows, cols, data);
}

/**
 * Starting parameters with every entry of W¹, b¹, W², b² drawn from N(0, 1) − 0.5: mean −0.5,
 * standard deviation 1, against U[−0.5, 0.5)'s mean 0 and 0.29. Drawn from `config.seed` in
 * initParams's order (W¹, b¹, W², b², row by row); `config.init` is ignored.
 */
export function initRandnMinusHalf(config: Pick<NetworkConfig, 'hidden' | 'seed'>): Params {
	const { hidden, seed } = config;
	if (!Number.isInteger(hidden) || hidden < 1) {
		throw new RangeError(`initRandnMinusHalf: hidden = ${hidden} must be a whole number ≥ 1`);
	}
	const rng = new NumpyRandom(seed);
	return {
		W1: randnMinusHalf(rng, hidden, INPUTS),
		b1: randnMinusHalf(rng, hidden, 1),
		W2: randnMinusHalf(rng, CLASSES, hidden),
		b2: randnMinusHalf(rng, CLASSES, 1)
	};
}

const wrong = '\\quad\\text{(the notes’ slip)}';

/** The steps each slip replaces: same output, its own formula, TeX and text. */
function slips(variant: TrainingVariant): Partial<Record<StepId, Partial<Step>>> {
	if (variant === 'no-g-prime') {
		return {
			dZ1: {
				tex: `${sym('dZ1')} = {${sym('W2')}}^{T} ${sym('dZ2')}${wrong}`,
				text: 'dZ[1] = W[2] transposed times dZ[2], without the activation’s slope',
				inputs: ['W2', 'dZ2'],
				compute: ({ values: v }) => ({
					value: hiddenErrorWithoutSlope(need(v, 'W2', 'dZ1'), need(v, 'dZ2', 'dZ1'))
				})
			}
		};
	}
	if (variant !== 'scalar-db') return {};
	const db = (layer: '1' | '2'): Partial<Step> => {
		const dZ = `dZ${layer}` as const;
		return {
			tex: `${sym(`db${layer}`)} = \\frac{1}{m} \\sum_{i} \\sum_{j} {${sym(dZ)}}_{ij}${wrong}`,
			text: `db[${layer}] = 1 over m, times the sum of every entry of dZ[${layer}], one number`,
			compute: ({ values: v }) => ({ value: scalarDb(need(v, dZ, `db${layer}`)) })
		};
	};
	return { db2: db('2'), db1: db('1') };
}

/**
 * The lesson's steps with `variant`'s slip in place of the right step ('correct' and
 * 'randn-init' change no step). Runs with `advance` like the lesson's own.
 */
export function variantSteps(
	network: NetworkConfig,
	optimizer: OptimizerConfig,
	variant: TrainingVariant
): readonly Step[] {
	const replace = slips(variant);
	return Object.freeze(
		lessonSteps(network, optimizer).map((step) => ({ ...step, ...replace[step.id] }))
	);
}
