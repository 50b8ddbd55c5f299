/**
 * The sparse algorithm of wasm/kernel.ts in plain JavaScript over Float32Arrays: the fallback
 * where WebAssembly SIMD is missing, and an independent cross-check of the WebAssembly kernel.
 * Same layout and equations, fused image by image (no blocks or lanes), for each column j:
 *
 *   Z¹ⱼ = W¹ xⱼ / 255 + b¹ (nonzero pixels only) → A¹ⱼ → Z²ⱼ → A²ⱼ → dZ²ⱼ = A²ⱼ − Yⱼ
 *   → dW², db² → dZ¹ⱼ = W²ᵀ dZ²ⱼ ⊙ g′(Z¹ⱼ) → db¹, dW¹ᵀ[p, :] += x_pj / 255 · dZ¹ⱼ
 *
 * Sums within an image run in float64 (JavaScript numbers); the stored state is float32.
 */
import { CLASSES } from '../config';
import type { MnistSet } from '../data/mnist';
import { checkBatch, live, type BatchSums, type Kernel } from './kernel';
import { padHidden, zeroPacked } from './layout';
import { toSparse, type SparseSet } from './sparse';
import { backwardAll } from './sparse-backward-js';
import { forwardAll } from './sparse-forward-js';

/** A kernel with no WebAssembly, for `hidden` units and leaky slope `slope`. */
export function createJsKernel(hidden: number, slope: number): Kernel {
	const hp = padHidden(hidden);
	const P = zeroPacked(hp);
	const G = zeroPacked(hp);
	const sets: SparseSet[] = [];
	const z1 = new Float64Array(hp);
	const a1 = new Float64Array(hp);
	const d1 = new Float64Array(hp);
	const z2 = new Float64Array(CLASSES);
	const a2 = new Float64Array(CLASSES);

	/** Fills z1, a1, z2, a2 for image j; returns −ln A²[y]. */
	function forward(s: SparseSet, j: number): number {
		const { W1T, b1, W2, b2 } = P;
		forwardAll(s, j, W1T, hp, z1);
		for (let h = 0; h < hidden; h++) {
			const z = z1[h] / 255 + b1[h];
			z1[h] = z;
			a1[h] = z > 0 ? z : slope * z;
		}
		let max = -Infinity;
		for (let i = 0; i < CLASSES; i++) {
			let z = b2[i];
			for (let h = 0; h < hidden; h++) z += W2[i * hp + h] * a1[h];
			z2[i] = z;
			max = z > max || Number.isNaN(z) ? z : max;
		}
		let sum = 0;
		for (let i = 0; i < CLASSES; i++) sum += a2[i] = Math.exp(z2[i] - max);
		for (let i = 0; i < CLASSES; i++) a2[i] /= sum;
		return Math.log(sum) - (z2[s.labels[j]] - max);
	}

	function argmax(): number {
		let best = 0;
		for (let i = 1; i < CLASSES; i++) if (z2[i] > z2[best]) best = i;
		return best;
	}

	function backward(s: SparseSet, j: number): void {
		const { W2 } = P;
		const y = s.labels[j];
		for (let i = 0; i < CLASSES; i++) {
			const dz = a2[i] - (i === y ? 1 : 0);
			a2[i] = dz;
			G.b2[i] += dz;
			for (let h = 0; h < hidden; h++) G.W2[i * hp + h] += dz * a1[h];
		}
		for (let h = 0; h < hidden; h++) {
			let acc = 0;
			for (let i = 0; i < CLASSES; i++) acc += W2[i * hp + h] * a2[i];
			const dz1 = z1[h] > 0 ? acc : slope * acc;
			G.b1[h] += dz1;
			d1[h] = dz1 / 255;
		}
		backwardAll(s, j, G.W1T, hp, d1);
	}

	return {
		kind: 'js',
		hidden,
		hp,
		params: () => P,
		grads: () => G,
		addSet(set: MnistSet): number {
			sets.push(toSparse(set));
			return sets.length - 1;
		},
		dropSet(handle: number): void {
			delete sets[handle];
		},
		memoryBytes(): number {
			const arrays: ArrayBufferView[] = [P, G].flatMap((x) => [x.W1T, x.b1, x.W2, x.b2]);
			for (const s of sets) if (s) arrays.push(s.offsets, s.pixels, s.values, s.labels);
			return arrays.reduce((bytes, a) => bytes + a.byteLength, 0);
		},
		accumulate(handle, batch, n): BatchSums {
			const s = live(sets, handle);
			checkBatch(s.count, batch, n);
			for (const a of [G.W1T, G.b1, G.W2, G.b2]) a.fill(0);
			let lossSum = 0;
			let correct = 0;
			for (let t = 0; t < n; t++) {
				const j = batch === null ? t : batch[t];
				lossSum += forward(s, j);
				if (argmax() === s.labels[j]) correct++;
				backward(s, j);
			}
			return { lossSum, correct };
		},
		predict(handle, first, n, probs, preds): BatchSums {
			const s = live(sets, handle);
			checkBatch(s.count, null, first + n);
			let lossSum = 0;
			let correct = 0;
			for (let t = 0; t < n; t++) {
				const j = first + t;
				lossSum += forward(s, j);
				const best = argmax();
				if (best === s.labels[j]) correct++;
				probs?.set(a2, t * CLASSES);
				if (preds) preds[t] = best;
			}
			return { lossSum, correct };
		}
	};
}
