/**
 * Backpropagation, with m the number of columns (images) in the batch:
 *   dZ² = A² − Y,  dW² = (1/m) dZ² A¹ᵀ,  db² = (1/m) Σⱼ dZ²[:, j],
 *   dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹),  dW¹ = (1/m) dZ¹ Xᵀ,  db¹ = (1/m) Σⱼ dZ¹[:, j].
 * Each db sums every row over the columns (a column vector), not every entry into one number.
 */
import { activatePrime, ACTIVATION_NAMES } from '../activation';
import type { NetworkConfig } from '../config';
import { sumRows } from '../ops/columns';
import { hadamard, scale, sub } from '../ops/elementwise';
import { matmulAT } from '../ops/matmul-at';
import { matmulBT } from '../ops/matmul-bt';
import { need, type Step } from './step';
import { sym } from '../symbols';

const T = (name: Parameters<typeof sym>[0]) => `{${sym(name)}}^{T}`;

export function backwardSteps(network: NetworkConfig): Step[] {
	const g = ACTIVATION_NAMES[network.activation];
	const gPrimeTex = `\\operatorname{${g.replace(' ', '')}}'`;
	return [
		{
			id: 'dZ2',
			label: 'Output error',
			phase: 'backward',
			tex: `${sym('dZ2')} = ${sym('A2')} - ${sym('Y')}`,
			text: 'dZ[2] = A[2] minus Y',
			inputs: ['A2', 'Y'],
			output: 'dZ2',
			compute: ({ values: v }) => ({ value: sub(need(v, 'A2', 'dZ2'), need(v, 'Y', 'dZ2')) })
		},
		{
			id: 'dW2',
			label: 'Gradient for W[2]',
			phase: 'backward',
			tex: `${sym('dW2')} = \\frac{1}{m} ${sym('dZ2')} ${T('A1')}`,
			text: 'dW[2] = 1 over m, times dZ[2] times A[1] transposed',
			inputs: ['dZ2', 'A1'],
			output: 'dW2',
			compute: ({ values: v }) => {
				const dZ2 = need(v, 'dZ2', 'dW2');
				return { value: scale(matmulBT(dZ2, need(v, 'A1', 'dW2')), 1 / dZ2.shape[1]) };
			}
		},
		{
			id: 'db2',
			label: 'Gradient for b[2]',
			phase: 'backward',
			tex: `${sym('db2')} = \\frac{1}{m} \\sum_{j=1}^{m} {${sym('dZ2')}}_{:,j}`,
			text: 'db[2] = 1 over m, times the sum of each row of dZ[2] over its m columns',
			inputs: ['dZ2'],
			output: 'db2',
			compute: ({ values: v }) => {
				const dZ2 = need(v, 'dZ2', 'db2');
				return { value: scale(sumRows(dZ2), 1 / dZ2.shape[1]) };
			}
		},
		{
			id: 'dZ1',
			label: 'Hidden error',
			phase: 'backward',
			tex: `${sym('dZ1')} = ${T('W2')} ${sym('dZ2')} \\odot ${gPrimeTex}(${sym('Z1')})`,
			text: `dZ[1] = W[2] transposed times dZ[2], times ${g} prime of Z[1] entry by entry`,
			inputs: ['W2', 'dZ2', 'Z1'],
			output: 'dZ1',
			compute: ({ values: v, network: n }) => ({
				value: hadamard(
					matmulAT(need(v, 'W2', 'dZ1'), need(v, 'dZ2', 'dZ1')),
					activatePrime(need(v, 'Z1', 'dZ1'), n)
				)
			})
		},
		{
			id: 'dW1',
			label: 'Gradient for W[1]',
			phase: 'backward',
			tex: `${sym('dW1')} = \\frac{1}{m} ${sym('dZ1')} ${T('X')}`,
			text: 'dW[1] = 1 over m, times dZ[1] times X transposed',
			inputs: ['dZ1', 'X'],
			output: 'dW1',
			compute: ({ values: v }) => {
				const dZ1 = need(v, 'dZ1', 'dW1');
				return { value: scale(matmulBT(dZ1, need(v, 'X', 'dW1')), 1 / dZ1.shape[1]) };
			}
		},
		{
			id: 'db1',
			label: 'Gradient for b[1]',
			phase: 'backward',
			tex: `${sym('db1')} = \\frac{1}{m} \\sum_{j=1}^{m} {${sym('dZ1')}}_{:,j}`,
			text: 'db[1] = 1 over m, times the sum of each row of dZ[1] over its m columns',
			inputs: ['dZ1'],
			output: 'db1',
			compute: ({ values: v }) => {
				const dZ1 = need(v, 'dZ1', 'db1');
				return { value: scale(sumRows(dZ1), 1 / dZ1.shape[1]) };
			}
		}
	];
}
