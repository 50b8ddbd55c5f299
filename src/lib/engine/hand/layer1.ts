/**
 * The first layer by hand: A⁰ = X (a pixel's byte over 255), Z¹ = W¹A⁰ + b¹ (three terms
 * multiplied out, the other 781 given as one sum) and A¹ = g(Z¹).
 */
import { activate } from '../activation';
import { dotProduct } from '../explain/explain';
import { matrix, type Matrix } from '../matrix';
import type { MatrixName } from '../symbols';
import { line, of, ref, sizeOf, value, type HandQuestion, type HandSetup } from './question';
import type { HandTrail } from './trail';

type Need = (name: MatrixName) => Matrix;

/** A⁰[p, j] = X[p, j]: the file's byte for that pixel, divided by 255. */
export function inputQuestion(need: Need, t: HandTrail, setup: HandSetup): HandQuestion {
	const [p, j] = [t.pixel, t.image];
	const x = need('X');
	const answer = x.data[p * x.shape[1] + j];
	const byte = setup.pixelByte(p, j);
	return {
		step: 'A0',
		asked: ref('A0', p, j),
		cell: [p, j],
		given: [value(byte, `pixel ${p} of image ${j} in the file (0 to 255)`)],
		working: [line(ref('A0', p, j), 'quotient', [byte, 255], answer)],
		answer,
		scale: Math.abs(answer)
	};
}

/**
 * Z¹[h, j] = Σₖ W¹[h, k] A⁰[k, j] + b¹[h]. The learner multiplies out three terms; the sum
 * of the others is given, added in the engine's order, skipping the zero pixels it skips.
 */
export function hiddenSumQuestion(need: Need, t: HandTrail): HandQuestion {
	const [h, j] = [t.hidden, t.image];
	const d = dotProduct(need('W1'), need('X'), need('b1'), h, j);
	const kept = t.terms.map((k) => d.terms[k]);
	let rest = 0;
	for (const term of d.nonzero) if (!t.terms.includes(term.k)) rest += term.product;
	const others = d.terms.length - kept.length;
	const restWords = `the other ${others} terms, added up`;
	return {
		step: 'Z1',
		asked: ref('Z1', h, j),
		cell: [h, j],
		given: [
			{
				kind: 'table',
				letter: 'k',
				keys: t.terms,
				rows: [
					{ symbol: 'W1', pattern: [h, null], values: kept.map((k) => k.weight) },
					{ symbol: 'A0', pattern: [null, j], values: kept.map((k) => k.input) }
				]
			},
			value(rest, restWords),
			value(d.bias, ref('b1', h))
		],
		working: [
			...kept.map((k) =>
				line(
					undefined,
					'product',
					[of(k.weight, ref('W1', h, k.k)), of(k.input, ref('A0', k.k, j))],
					k.product
				)
			),
			line(restWords, 'value', [], rest),
			line(ref('Z1', h, j), 'sum', [...kept.map((k) => k.product), rest, d.bias], d.total)
		],
		answer: d.total,
		scale: sizeOf(d.nonzero.map((k) => k.product)) + Math.abs(d.bias)
	};
}

/** A¹[h, j] = g(Z¹[h, j]): ReLU keeps a positive z and makes the rest 0; Leaky ReLU scales it. */
export function activationQuestion(need: Need, t: HandTrail, setup: HandSetup): HandQuestion {
	const [h, j] = [t.hidden, t.image];
	const z1 = need('Z1');
	const z = z1.data[h * z1.shape[1] + j];
	const answer = activate(matrix(1, 1, [z]), setup.network).data[0];
	const relu = setup.network.activation === 'relu';
	return {
		step: 'A1',
		asked: ref('A1', h, j),
		cell: [h, j],
		given: [value(z, ref('Z1', h, j))],
		working: [
			relu
				? line(ref('A1', h, j), 'relu', [z], answer)
				: line(ref('A1', h, j), 'leaky', [z, setup.network.leakySlope], answer)
		],
		answer,
		scale: Math.abs(z)
	};
}
