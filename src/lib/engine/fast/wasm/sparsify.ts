/**
 * Builds the sparse column form inside the module, 16 pixels at a time: a vector compare
 * with zero and its bitmask give the nonzero pixels of each 16, and an image (784 = 49 × 16
 * pixels) never splits a vector. Doing this in JavaScript took ~0.5 s for 60,000 images.
 */
import { rowShift } from './net';

/**
 * How many entries the n images at `images` (784 bytes each) make: each image's nonzero
 * pixels, rounded up to an even number (see sparsify).
 */
export function countEntries(images: usize, n: i32): i32 {
	let count = 0;
	for (let j = 0; j < n; j++) {
		let nonzero = 0;
		const row = images + <usize>j * 784;
		for (let q: usize = 0; q < 784; q += 16) {
			nonzero += popcnt(i8x16.bitmask(i8x16.ne(v128.load(row + q), i8x16.splat(0))));
		}
		count += (nonzero + 1) & ~1;
	}
	return count;
}

/**
 * Appends the n images at `images` to a sparse set: image j's entries start at entry
 * `first + (entries written before it)`, recorded in offsets[j]. An entry is 4 bytes: the low
 * half the offset of the pixel's row in W¹ᵀ (p · stride, in bytes or 16-byte units, see
 * net.ts rowShift), the high half x's float32 bits above the 16 that are zero for any whole
 * number 0–255, so the kernel recovers x exactly with one mask. Each image's entries are
 * padded with a zero (x = 0 at row 0, which adds nothing) to an even count, the sparse
 * products' step, so that no image ends with a branch for its odd entry. Returns the
 * entries written.
 */
export function sparsify(images: usize, n: i32, stride: i32, offsets: usize, entries: usize, first: i32): i32 {
	let e = entries + (<usize>first << 2);
	const start = e;
	const shift = rowShift(<usize>stride);
	for (let j = 0; j < n; j++) {
		store<i32>(offsets + (<usize>j << 2), first + <i32>((e - start) >> 2));
		const row = images + <usize>j * 784;
		for (let q: i32 = 0; q < 784; q += 16) {
			let mask = i8x16.bitmask(i8x16.ne(v128.load(row + <usize>q), i8x16.splat(0)));
			while (mask) {
				const p = q + ctz(mask);
				const x = reinterpret<u32>(<f32>load<u8>(row + <usize>p));
				store<u32>(e, (x & 0xffff0000) | (<u32>(p * stride) >> <u32>shift));
				e += 4;
				mask &= mask - 1;
			}
		}
		if ((e - start) & 4) {
			store<u32>(e, 0);
			e += 4;
		}
	}
	return <i32>((e - start) >> 2);
}
