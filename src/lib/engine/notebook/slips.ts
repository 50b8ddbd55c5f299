/**
 * The notes' known slips, recognised by value: each is computed with the engine's own variant
 * (slip-variants.ts; the optimizer's step with another α) from the very inputs the cell had,
 * and a result equal to one of them gets that slip's explanation. No code is matched as text,
 * so any spelling of a slip is recognised.
 */
import type { NetworkConfig } from '../config';
import type { Matrix } from '../matrix';
import { EMPTY_OPTIMIZER_STATE, updateParam } from '../optim/optimizer';
import type { Values } from '../steps';
import type { CellName } from './cells';
import { matches } from './compare';
import type { NdArray } from './ndarray';
import { VARIANTS } from './slip-variants';

const gradientOf = { W1: 'dW1', b1: 'db1', W2: 'dW2', b2: 'db2' } as const;

export interface SlipContext {
	readonly cell: CellName;
	/** The matrices in the cell's scope (the learner's where they ran those cells). */
	readonly values: Values;
	readonly network: NetworkConfig;
	readonly alpha: number;
	readonly m: number;
}

export interface KnownSlip {
	readonly id: string;
	readonly text: string;
	/** The appendix section that explains it, when there is one. */
	readonly appendix?: string;
}

function equal(result: NdArray, candidate: Matrix, scalar: boolean | undefined): boolean {
	if (scalar)
		return (
			result.shape.length === 0 &&
			candidate.data.every(
				(x) =>
					x === result.data[0] ||
					Math.abs(x - result.data[0]) <= 1e-12 * Math.max(1e-6, Math.abs(x))
			)
		);
	return matches(result, candidate);
}

/** The first of the cell's known slips that `result` equals, if any. */
export function recogniseSlip(result: NdArray, ctx: SlipContext): KnownSlip | undefined {
	for (const variant of VARIANTS[ctx.cell] ?? []) {
		let candidate: Matrix | undefined;
		try {
			candidate = variant.value(ctx.values, ctx);
		} catch {
			continue;
		}
		if (candidate && equal(result, candidate, variant.scalar)) {
			return {
				id: variant.id,
				text: typeof variant.text === 'string' ? variant.text : variant.text(ctx),
				appendix: variant.appendix
			};
		}
	}
	return updateSlip(result, ctx);
}

/** An update taken with another step size: W + α dW (climbing), W − dW (α = 1), W unchanged. */
function updateSlip(result: NdArray, ctx: SlipContext): KnownSlip | undefined {
	if (!(ctx.cell in gradientOf)) return undefined;
	const name = ctx.cell as keyof typeof gradientOf;
	const param = ctx.values[name];
	const grad = ctx.values[gradientOf[name]];
	if (!param || !grad || result.shape.length !== 2) return undefined;
	const k = grad.data.reduce(
		(best, x, i) => (Math.abs(x) > Math.abs(grad.data[best]) ? i : best),
		0
	);
	if (grad.data[k] === 0) return undefined;
	const alpha = (param.data[k] - result.data[k]) / grad.data[k];
	if (!Number.isFinite(alpha) || Math.abs(alpha - ctx.alpha) <= 1e-9 * ctx.alpha) return undefined;
	const step = updateParam({ kind: 'gd', alpha }, name, param, grad, EMPTY_OPTIMIZER_STATE).param;
	if (!matches(result, step)) return undefined;
	const rounded = Number(alpha.toPrecision(6));
	const text =
		rounded === 0
			? `${name} has not moved: the update needs − alpha * ${gradientOf[name]}.`
			: rounded === -ctx.alpha
				? `This is ${name} + alpha * ${gradientOf[name]}: a step up the loss. The gradient points uphill, so the update subtracts it.`
				: `This is the step for α = ${rounded}; the page’s α is ${ctx.alpha} (use alpha, which is in scope).`;
	return { id: 'step-size', text };
}
