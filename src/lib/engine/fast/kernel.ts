/**
 * What the trainer asks of a kernel, implemented twice with the same fused algorithm: in
 * WebAssembly SIMD (kernel-wasm.ts, the fast one) and in plain typed-array JavaScript
 * (kernel-js.ts, the fallback and the cross-check).
 */
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';
import type { Packed } from './layout';

export type KernelKind = 'wasm' | 'js';

/** Sums over a batch: Σⱼ −ln A²[yⱼ, j] and how many argmax A²[:, j] equal yⱼ. */
export interface BatchSums {
	readonly lossSum: number;
	readonly correct: number;
}

export interface Kernel {
	readonly kind: KernelKind;
	readonly hidden: number;
	/** hidden padded to a multiple of 4. */
	readonly hp: number;
	/** The float32 parameters, in place: write to them to set, read to get. */
	params(): Packed;
	/** The gradient sums of the last `accumulate` (not yet divided by the batch size). */
	grads(): Packed;
	/** Bytes the kernel holds: the WebAssembly memory, or the JavaScript kernel's arrays. */
	memoryBytes(): number;
	/** Makes a set available to the kernel (in its own sparse form); returns its handle. */
	addSet(set: MnistSet): number;
	/** Releases a set's memory; its handle must not be used again. */
	dropSet(handle: number): void;
	/**
	 * Forward, loss and backward over a batch, leaving Σⱼ of each gradient in `grads()`.
	 * The batch is `batch` (image indices into the set) or, when null, images 0 .. n − 1.
	 */
	accumulate(set: number, batch: Int32Array | null, n: number): BatchSums;
	/**
	 * Forward only over images first .. first + n − 1, writing A² (n × 10, image by image) to
	 * `probs` and the argmax to `preds` when given.
	 */
	predict(
		set: number,
		first: number,
		n: number,
		probs: Float32Array | null,
		preds: Uint8Array | null
	): BatchSums;
}

/** The leaky slope the kernels use: 0 makes Leaky ReLU exactly ReLU. */
export function slopeOf(activation: 'relu' | 'leaky-relu', leakySlope: number): number {
	return activation === 'relu' ? 0 : leakySlope;
}

/**
 * Throws unless the batch names images of a set of `count`: the kernels index memory with
 * these numbers and must never read past the set.
 */
export function checkBatch(count: number, batch: Int32Array | null, n: number): void {
	if (!Number.isInteger(n) || n < 0 || n > (batch === null ? count : batch.length)) {
		throw new RangeError(`kernel: batch of ${n} images from a set of ${count}`);
	}
	if (batch === null) return;
	for (let j = 0; j < n; j++) {
		if (!(batch[j] >= 0 && batch[j] < count)) {
			throw new RangeError(
				`kernel: batch entry ${j} is image ${batch[j]}, outside a set of ${count}`
			);
		}
	}
}

/** Throws unless `set` holds count × 784 pixels and count labels, each a digit 0–9. */
export function checkLabels(set: MnistSet): void {
	const { count, images, labels } = set;
	if (images.length !== count * IMAGE_SIZE || labels.length !== count) {
		throw new RangeError(
			`kernel: a set of ${count} needs ${count * IMAGE_SIZE} pixels and ${count} labels, ` +
				`got ${images.length} and ${labels.length}`
		);
	}
	for (let j = 0; j < count; j++) {
		if (labels[j] > 9) throw new RangeError(`kernel: label ${j} is ${labels[j]}, not a digit`);
	}
}

/** The set behind `handle`; a clear error for a handle that was dropped or never given. */
export function live<T>(sets: readonly (T | undefined)[], handle: number): T {
	const set = sets[handle];
	if (set === undefined) throw new RangeError(`kernel: no set ${handle} (dropped?)`);
	return set;
}
