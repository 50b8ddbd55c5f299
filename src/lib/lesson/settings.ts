import type { Activation, OptimizerConfig } from '$lib/engine/config';
import { adamConfig } from '$lib/engine/optim/adam';

/** What a learner can change about the page's network. */
export interface LessonSettings {
	/** Images in X: the first m training images. */
	readonly m: number;
	readonly seed: number;
	readonly alpha: number;
	readonly activation: Activation;
	readonly optimizer: 'gd' | 'minibatch' | 'adam';
	readonly batchSize: number;
	readonly hidden: number;
}

export const DEFAULT_SETTINGS: LessonSettings = Object.freeze({
	m: 8,
	seed: 0,
	alpha: 0.1,
	activation: 'relu',
	optimizer: 'gd',
	batchSize: 4,
	hidden: 10
});

/** The limits every setting is held to, wherever it comes from (a control, a URL, a file). */
export const LIMITS = Object.freeze({
	m: [1, 1000],
	seed: [0, 2 ** 31 - 1],
	alpha: [1e-6, 100],
	batchSize: [1, 1000],
	hidden: [1, 64]
} as const);

/** The engine's optimizer for a lesson's settings (Adam with its usual β₁, β₂, ε). */
export function optimizerOf(settings: LessonSettings): OptimizerConfig {
	const { alpha, optimizer, batchSize } = settings;
	if (optimizer === 'adam') return adamConfig(alpha);
	if (optimizer === 'minibatch') return { kind: 'minibatch', alpha, batchSize };
	return { kind: 'gd', alpha };
}
