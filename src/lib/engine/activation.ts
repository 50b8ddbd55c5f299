/**
 * g in A¹ = g(Z¹), and its slope g′ for dZ¹ = W²ᵀ dZ² ⊙ g′(Z¹).
 *
 * ReLU(z) = max(z, 0); Leaky ReLU(z) = z for z > 0, slope · z otherwise. Neither has a
 * derivative at 0; we take the left one, g′(0) = 0 (ReLU) or slope (Leaky ReLU), which is
 * what numpy's `Z > 0` mask computes, so the reference iterations match bit for bit.
 * The identity, g(z) = z with g′ = 1, is there to show what a network without a bend is.
 */
import type { ActivationOption, NetworkConfig } from './config';
import type { Matrix } from './matrix';
import { map } from './ops/elementwise';

/** ReLU(Z) = max(Z, 0), entry by entry. */
export function relu(z: Matrix): Matrix {
	return map(z, (v) => (v > 0 ? v : 0));
}

/** ReLU′(Z): 1 where Z > 0, else 0 (including Z = 0). */
export function reluPrime(z: Matrix): Matrix {
	return map(z, (v) => (v > 0 ? 1 : 0));
}

/** Leaky ReLU(Z): Z where Z > 0, slope · Z elsewhere, so a negative node still passes a gradient. */
export function leakyRelu(z: Matrix, slope: number): Matrix {
	return map(z, (v) => (v > 0 ? v : slope * v));
}

/** Leaky ReLU′(Z): 1 where Z > 0, slope elsewhere (including Z = 0). */
export function leakyReluPrime(z: Matrix, slope: number): Matrix {
	return map(z, (v) => (v > 0 ? 1 : slope));
}

/** identity(Z) = Z: no bend. A copy, so the result is a value of its own like every other. */
export function identity(z: Matrix): Matrix {
	return map(z, (v) => v);
}

/** identity′(Z) = 1 everywhere. */
export function identityPrime(z: Matrix): Matrix {
	return map(z, () => 1);
}

/** Which g, and Leaky ReLU's slope. */
export type ActivationChoice = Pick<NetworkConfig, 'leakySlope'> & {
	readonly activation: ActivationOption;
};

/** g(Z) for the network's activation. */
export function activate(z: Matrix, network: ActivationChoice): Matrix {
	if (network.activation === 'identity') return identity(z);
	return network.activation === 'relu' ? relu(z) : leakyRelu(z, network.leakySlope);
}

/** g′(Z) for the network's activation. */
export function activatePrime(z: Matrix, network: ActivationChoice): Matrix {
	if (network.activation === 'identity') return identityPrime(z);
	return network.activation === 'relu' ? reluPrime(z) : leakyReluPrime(z, network.leakySlope);
}

/** How the chapters name each activation. */
export const ACTIVATION_NAMES: Readonly<Record<ActivationOption, string>> = Object.freeze({
	relu: 'ReLU',
	'leaky-relu': 'Leaky ReLU',
	identity: 'identity'
});
