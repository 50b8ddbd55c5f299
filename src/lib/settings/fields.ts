/**
 * The one list of settings a learner can change, on any surface (the lesson and its address,
 * the lab, the worksheet), with the limits every value is held to wherever it comes from: a
 * control, an address or a saved file. Each surface picks the fields it offers; none has
 * limits of its own.
 */
import type { Activation, OptimizerConfig } from '$lib/engine/config';
import { MAX_WORKERS } from '$lib/engine/parallel/ranges';

export type OptimizerKind = OptimizerConfig['kind'];

export const ACTIVATIONS: readonly Activation[] = ['relu', 'leaky-relu'];
export const OPTIMIZERS: readonly OptimizerKind[] = ['gd', 'minibatch', 'adam'];

/** A number a learner can set: its range, whether it is whole, and how a message names it. */
export interface NumberField {
	readonly min: number;
	readonly max: number;
	readonly whole: boolean;
	readonly label: string;
}

export type NumberName =
	| 'm'
	| 'sheetImages'
	| 'iteration'
	| 'iterations'
	| 'alpha'
	| 'hidden'
	| 'batchSize'
	| 'trainSize'
	| 'seed'
	| 'workers';

export const FIELDS: Readonly<Record<NumberName, NumberField>> = Object.freeze({
	// The lesson keeps every intermediate matrix of m images and redraws them on each step:
	// 1,000 images is 784,000 numbers in X alone, about what a phone redraws without stalling.
	m: { min: 1, max: 1000, whole: true, label: 'm' },
	// A worksheet is worked with a pencil: two images are already 2 × 10 numbers in every
	// matrix of the iteration, and it is what the by-hand exercise offers too.
	sheetImages: { min: 1, max: 2, whole: true, label: 'm' },
	// An address may ask the lesson to catch up to an iteration: 500 is the notes' whole run.
	iteration: { min: 1, max: 500, whole: true, label: 'iteration' },
	// The lab trains on a worker; 5,000 full-batch iterations is about ten minutes on a laptop.
	iterations: { min: 1, max: 5000, whole: true, label: 'Iterations' },
	// Below 1e-6 nothing visibly moves in 5,000 iterations; above 100 every run overflows at
	// once, and chapter 6 already shows divergence well inside that range.
	alpha: { min: 1e-6, max: 100, whole: false, label: 'α' },
	// 64 hidden nodes is 50,816 parameters: still drawable as images, still quick to train.
	hidden: { min: 1, max: 64, whole: true, label: 'Hidden nodes' },
	// A batch can be any slice of the training images, up to all of them (then it is full batch).
	batchSize: { min: 1, max: 60000, whole: true, label: 'Batch size' },
	// Fewer than 1,000 images and the test accuracy says more about the sample than the method.
	trainSize: { min: 1000, max: 60000, whole: true, label: 'Training images' },
	// The generator is seeded from 32 bits: each of 0 … 2³² − 1 starts its own sequence (and
	// numpy's RandomState takes the same range), so any larger seed would only repeat one.
	seed: { min: 0, max: 2 ** 32 - 1, whole: true, label: 'Seed' },
	workers: { min: 1, max: MAX_WORKERS, whole: true, label: 'Workers' }
});
