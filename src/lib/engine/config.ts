/**
 * What a network and its training are made of. Everything here is plain data so that it can
 * travel in a URL, a saved file or a message to a Web Worker.
 */
import type { Matrix } from './matrix';

/** g in A¹ = g(Z¹). */
export type Activation = 'relu' | 'leaky-relu';

/**
 * Every g the engine can apply: the network's two and 'identity', g(z) = z, no bend at all,
 * with which two layers collapse into one (chapter 3). Nothing trains with it.
 */
export type ActivationOption = Activation | 'identity';

/** 'uniform': U[−0.5, 0.5) as in the notes. 'he': N(0, 2 / fan-in). */
export type InitKind = 'uniform' | 'he';

export interface NetworkConfig {
	/** Nodes in the hidden layer; the notes use 10. */
	readonly hidden: number;
	readonly activation: Activation;
	/** Slope of Leaky ReLU for z ≤ 0; ignored by ReLU. */
	readonly leakySlope: number;
	readonly init: InitKind;
	/** Seeds every random draw: initial parameters and mini-batch shuffles. */
	readonly seed: number;
}

export const DEFAULT_NETWORK: NetworkConfig = Object.freeze({
	hidden: 10,
	activation: 'relu',
	leakySlope: 0.01,
	init: 'uniform',
	seed: 0
});

/**
 * How parameters move. 'gd' is the notes' full-batch gradient descent; 'minibatch' is the
 * same update on a seeded shuffle of batches; 'adam' is bias-corrected Adam (full batch
 * unless `batchSize` is given).
 */
export type OptimizerConfig =
	| { readonly kind: 'gd'; readonly alpha: number }
	| { readonly kind: 'minibatch'; readonly alpha: number; readonly batchSize: number }
	| {
			readonly kind: 'adam';
			readonly alpha: number;
			readonly beta1: number;
			readonly beta2: number;
			readonly epsilon: number;
			readonly batchSize?: number;
	  };

export const DEFAULT_OPTIMIZER: OptimizerConfig = Object.freeze({ kind: 'gd', alpha: 0.1 });

/** W¹ (hidden × 784), b¹ (hidden × 1), W² (10 × hidden), b² (10 × 1). */
export interface Params {
	readonly W1: Matrix;
	readonly b1: Matrix;
	readonly W2: Matrix;
	readonly b2: Matrix;
}

export const PARAM_NAMES = ['W1', 'b1', 'W2', 'b2'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** Pixels per image (28 × 28) and classes (digits 0–9). */
export const INPUTS = 784;
export const CLASSES = 10;
