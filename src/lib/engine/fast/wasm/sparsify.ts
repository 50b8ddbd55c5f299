/**
 * Builds the sparse column form inside the module, 16 pixels at a time: a vector compare
 * with zero and its bitmask give the nonzero pixels of each 16, and an image (784 = 49 × 16
 * pixels) never splits a vector. Doing this in JavaScript took ~0.5 s for 60,000 images.
 */

/** How many of the n × 784 bytes at `images` are nonzero. */
export function countNonzero(images: usize, n: i32): i32 {
	let count = 0;
	const end = images + <usize>n * 784;
	for (let q = images; q < end; q += 16) {
		count += popcnt(i8x16.bitmask(i8x16.ne(v128.load(q), i8x16.splat(0))));
	}
	return count;
}

/**
 * Appends the n images at `images` to a sparse set: image j's entries start at entry
 * `first + (entries written before it)`, recorded in offsets[j]; each entry is the address of
 * the pixel's row of W¹ᵀ (`rows` + p · stride bytes) and its value as f32. Returns the
 * entries written.
 */
export function sparsify(images: usize, n: i32, rows: usize, stride: i32, offsets: usize, entries: usize, first: i32): i32 {
	let e = entries + (<usize>first << 3);
	const start = e;
	for (let j = 0; j < n; j++) {
		store<i32>(offsets + (<usize>j << 2), first + <i32>((e - start) >> 3));
		const row = images + <usize>j * 784;
		for (let q: i32 = 0; q < 784; q += 16) {
			let mask = i8x16.bitmask(i8x16.ne(v128.load(row + <usize>q), i8x16.splat(0)));
			while (mask) {
				const p = q + ctz(mask);
				store<u32>(e, <u32>(rows + <usize>(p * stride)));
				store<f32>(e, <f32>load<u8>(row + <usize>p), 4);
				e += 8;
				mask &= mask - 1;
			}
		}
	}
	return <i32>((e - start) >> 3);
}
