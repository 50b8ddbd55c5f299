/**
 * Checks that a set of parameters fits the network: W¹ hidden × inputs, b¹ hidden × 1,
 * W² 10 × hidden, b² 10 × 1. A mismatch names the parameter, its shape and the expected one.
 */
import { CLASSES, PARAM_NAMES, type NetworkConfig, type Params } from './config';
import { ShapeError, shapeTag, type Shape } from './matrix';

/** The shape each parameter must have. */
export function paramShapes(hidden: number, inputs: number): Record<keyof Params, Shape> {
	return { W1: [hidden, inputs], b1: [hidden, 1], W2: [CLASSES, hidden], b2: [CLASSES, 1] };
}

/** Throws a ShapeError unless `params` fit a network with `network.hidden` nodes and `inputs` pixels. */
export function checkParams(
	params: Params,
	network: Pick<NetworkConfig, 'hidden'>,
	inputs: number
): void {
	const expected = paramShapes(network.hidden, inputs);
	for (const name of PARAM_NAMES) {
		const [rows, cols] = expected[name];
		const actual = params[name]?.shape;
		if (actual === undefined || actual[0] !== rows || actual[1] !== cols) {
			throw new ShapeError(
				`params: ${name} is ${actual ? shapeTag(actual) : 'missing'}, expected ` +
					`${shapeTag([rows, cols])} (hidden = ${network.hidden}, inputs = ${inputs})`
			);
		}
	}
}

/**
 * How many numbers training adjusts: the entries of W¹, b¹, W² and b² together.
 * @example parameterCount(initParams(DEFAULT_NETWORK)) // 10·784 + 10 + 10·10 + 10
 */
export function parameterCount(params: Params): number {
	return PARAM_NAMES.reduce((total, name) => total + params[name].data.length, 0);
}
