import type { Activation } from '$lib/engine/config';

/**
 * What a learner can change about the lesson's network: the lesson subset of the one settings
 * schema (`$lib/settings/fields`). The lesson teaches the notes' iteration as the notes write
 * it, so it is always full-batch gradient descent on 784 → 10 → 10: its equations, the dock's
 * drawing and the by-hand exercise all show exactly that. Other optimizers, batch sizes and
 * hidden sizes are the lab's.
 */
export interface LessonSettings {
	/** Images in X: the first m training images. */
	readonly m: number;
	readonly seed: number;
	readonly alpha: number;
	readonly activation: Activation;
}

export const DEFAULT_SETTINGS: LessonSettings = Object.freeze({
	m: 8,
	seed: 0,
	alpha: 0.1,
	activation: 'relu'
});
