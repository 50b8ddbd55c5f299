/**
 * The engine configuration a learner's settings stand for: built here and nowhere else, so
 * the lesson, the lab, the worksheet and the widgets train the same network from the same
 * settings.
 */
import { DEFAULT_NETWORK, type Activation, type NetworkConfig } from '$lib/engine/config';
import type { OptimizerConfig } from '$lib/engine/config';
import { ADAM_DEFAULTS } from '$lib/engine/optim/adam';
import type { OptimizerKind } from './fields';

/** The notes' network with a learner's hidden size, g and seed (the init stays the notes'). */
export function networkOf(s: {
	readonly hidden?: number;
	readonly activation: Activation;
	readonly seed: number;
}): NetworkConfig {
	return {
		...DEFAULT_NETWORK,
		hidden: s.hidden ?? DEFAULT_NETWORK.hidden,
		activation: s.activation,
		seed: s.seed
	};
}

/**
 * The optimizer for a learner's choice: Adam with the paper's β₁, β₂, ε (the learner picks
 * only α); mini-batches no larger than the `images` trained on.
 */
export function optimizerOf(
	s: { readonly optimizer: OptimizerKind; readonly alpha: number; readonly batchSize: number },
	images = Infinity
): OptimizerConfig {
	const { alpha } = s;
	if (s.optimizer === 'adam') return { kind: 'adam', ...ADAM_DEFAULTS, alpha };
	if (s.optimizer === 'minibatch') {
		return { kind: 'minibatch', alpha, batchSize: Math.min(s.batchSize, images) };
	}
	return { kind: 'gd', alpha };
}
