import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { compareWithReference, isReferenceSetup, NUMPY_REFERENCE } from './numpy-reference';
import type { TrainingSetup } from '../files/params-file';

const notes: TrainingSetup = {
	network: DEFAULT_NETWORK,
	optimizer: { kind: 'gd', alpha: 0.1 },
	iterations: 500,
	trainSize: 60000
};

describe('NUMPY_REFERENCE', () => {
	it('holds the notes’ band: 83.1–83.5% test accuracy after 500 iterations', () => {
		expect(NUMPY_REFERENCE.testAccuracy).toEqual([0.831, 0.835]);
		expect(NUMPY_REFERENCE.iterations).toBe(500);
	});
});

describe('isReferenceSetup', () => {
	it('recognises the notes’ setup, whatever the seed', () => {
		expect(isReferenceSetup(notes)).toBe(true);
		expect(isReferenceSetup({ ...notes, network: { ...DEFAULT_NETWORK, seed: 7 } })).toBe(true);
	});

	it.each<[string, Partial<TrainingSetup>]>([
		['another α', { optimizer: { kind: 'gd', alpha: 0.2 } }],
		['mini-batches', { optimizer: { kind: 'minibatch', alpha: 0.1, batchSize: 100 } }],
		['fewer iterations', { iterations: 499 }],
		['fewer images', { trainSize: 59000 }],
		['Leaky ReLU', { network: { ...DEFAULT_NETWORK, activation: 'leaky-relu' } }],
		['more hidden nodes', { network: { ...DEFAULT_NETWORK, hidden: 11 } }],
		['He initialisation', { network: { ...DEFAULT_NETWORK, init: 'he' } }]
	])('does not compare a run with %s', (_, change) => {
		expect(isReferenceSetup({ ...notes, ...change })).toBe(false);
	});
});

describe('compareWithReference', () => {
	it.each([
		[0.8348, 'inside', 0],
		[0.831, 'inside', 0],
		[0.835, 'inside', 0],
		[0.82, 'below', 0.011],
		[0.86, 'above', 0.025]
	] as const)('puts %d %s the band, %d away', (accuracy, verdict, distance) => {
		const c = compareWithReference(accuracy);
		expect(c.verdict).toBe(verdict);
		expect(c.distance).toBeCloseTo(distance, 12);
	});
});
