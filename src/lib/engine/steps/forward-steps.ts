/**
 * Forward propagation, as the notes derive it:
 *   A⁰ = X,  Z¹ = W¹A⁰ + b¹,  A¹ = g(Z¹),  Z² = W²A¹ + b²,  A² = softmax(Z²).
 */
import { activate, ACTIVATION_NAMES } from '../activation';
import type { NetworkConfig } from '../config';
import { matmul } from '../ops/matmul';
import { addColumn } from '../ops/columns';
import { softmax } from '../softmax';
import { need, type Step } from './step';
import { sym } from '../symbols';

export function forwardSteps(network: NetworkConfig): Step[] {
	const g = ACTIVATION_NAMES[network.activation];
	const gTex = `\\operatorname{${g.replace(' ', '')}}`;
	return [
		{
			id: 'A0',
			label: 'Input layer',
			phase: 'forward',
			tex: `${sym('A0')} = ${sym('X')}`,
			text: 'A[0] = X',
			inputs: ['X'],
			output: 'A0',
			compute: ({ values }) => ({ value: need(values, 'X', 'A0') })
		},
		{
			id: 'Z1',
			label: 'Hidden pre-activations',
			phase: 'forward',
			tex: `${sym('Z1')} = ${sym('W1')} ${sym('A0')} + ${sym('b1')}`,
			text: 'Z[1] = W[1] times A[0], plus b[1] added to every column',
			inputs: ['W1', 'A0', 'b1'],
			output: 'Z1',
			compute: ({ values: v }) => ({
				value: addColumn(matmul(need(v, 'W1', 'Z1'), need(v, 'A0', 'Z1')), need(v, 'b1', 'Z1'))
			})
		},
		{
			id: 'A1',
			label: 'Hidden activations',
			phase: 'forward',
			tex: `${sym('A1')} = ${gTex}(${sym('Z1')})`,
			text: `A[1] = ${g}(Z[1]), entry by entry`,
			inputs: ['Z1'],
			output: 'A1',
			compute: ({ values, network: n }) => ({ value: activate(need(values, 'Z1', 'A1'), n) })
		},
		{
			id: 'Z2',
			label: 'Output logits',
			phase: 'forward',
			tex: `${sym('Z2')} = ${sym('W2')} ${sym('A1')} + ${sym('b2')}`,
			text: 'Z[2] = W[2] times A[1], plus b[2] added to every column',
			inputs: ['W2', 'A1', 'b2'],
			output: 'Z2',
			compute: ({ values: v }) => ({
				value: addColumn(matmul(need(v, 'W2', 'Z2'), need(v, 'A1', 'Z2')), need(v, 'b2', 'Z2'))
			})
		},
		{
			id: 'A2',
			label: 'Output probabilities',
			phase: 'forward',
			tex: `${sym('A2')} = \\operatorname{softmax}(${sym('Z2')})`,
			text: 'A[2] = softmax(Z[2]), column by column',
			inputs: ['Z2'],
			output: 'A2',
			compute: ({ values }) => ({ value: softmax(need(values, 'Z2', 'A2')) })
		}
	];
}
