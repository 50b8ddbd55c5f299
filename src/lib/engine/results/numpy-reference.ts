/**
 * Where numpy lands with the notes' own setup, so the lab can say where a run landed
 * relative to it. The figures are measured, not derived, so they live in one place with
 * their source.
 */
import type { TrainingSetup } from '../files/params-file';

/**
 * numpy float64 running the notes' code: 784-10-10, ReLU, uniform init on [−0.5, 0.5), full-batch
 * gradient descent with α = 0.10 for 500 iterations on all 60,000 training images (pixels / 255)
 * reaches 83.1–83.5% test accuracy (seeds 0 and 1).
 * Source: ../shared/notes/the-notes.md, "Reference figures (numpy float64, measured on a
 * 2-core x86 machine)".
 */
export const NUMPY_REFERENCE = Object.freeze({
	hidden: 10,
	activation: 'relu',
	init: 'uniform',
	alpha: 0.1,
	iterations: 500,
	trainSize: 60000,
	/** The seeds the band was measured with. */
	seeds: Object.freeze([0, 1]),
	/** Lowest and highest test accuracy, as fractions. */
	testAccuracy: Object.freeze([0.831, 0.835] as const)
});

/** Whether `setup` is the notes' setup that NUMPY_REFERENCE was measured with (any seed). */
export function isReferenceSetup({
	network,
	optimizer,
	iterations,
	trainSize
}: TrainingSetup): boolean {
	const r = NUMPY_REFERENCE;
	return (
		network.hidden === r.hidden &&
		network.activation === r.activation &&
		network.init === r.init &&
		optimizer.kind === 'gd' &&
		optimizer.alpha === r.alpha &&
		iterations === r.iterations &&
		trainSize === r.trainSize
	);
}

export interface ReferenceComparison {
	/** Inside numpy's band, above it or below it. */
	readonly verdict: 'inside' | 'above' | 'below';
	/** How far outside the band, as a fraction (0 inside it). */
	readonly distance: number;
	readonly band: readonly [number, number];
}

/**
 * Where a test accuracy (a fraction) lies relative to numpy's band for the notes' setup.
 * @example compareWithReference(0.8348).verdict // 'inside'
 */
export function compareWithReference(testAccuracy: number): ReferenceComparison {
	const band = NUMPY_REFERENCE.testAccuracy;
	const [low, high] = band;
	if (testAccuracy < low) return { verdict: 'below', distance: low - testAccuracy, band };
	if (testAccuracy > high) return { verdict: 'above', distance: testAccuracy - high, band };
	return { verdict: 'inside', distance: 0, band };
}
