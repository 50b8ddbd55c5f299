/**
 * The memory the host lays out for the kernel, read through unmanaged classes (plain structs
 * at a pointer: no header, no garbage collector). Every pointer is a byte offset into this
 * module's memory; float arrays are float32.
 */

/**
 * W¹ᵀ and dW¹ᵀ live at fixed addresses below the module's static data (asconfig.json's
 * memoryBase), room for 64 hidden units each, so that the sparse products' row loads carry
 * them as constant offsets instead of adding a base to every entry's row (sparse.ts).
 */
export const W1T_AT: usize = 1024;
export const DW1T_AT: usize = W1T_AT + 784 * 64 * 4;
/** The most padded hidden units the fixed rows hold. */
export const MAX_HP: i32 = 64;

/** Written by the host at `net`: the network, its gradient sums and the scratch area. */
@unmanaged
export class Net {
	/** Hidden units padded to a multiple of 4; a row of W¹ᵀ is hp floats (stride = 4·hp bytes). */
	hp: i32;
	hidden: i32;
	/** hp; W¹ᵀ, 784 × hp, is at W1T_AT. */
	b1: usize;
	/** 10 × hp. */
	w2: usize;
	/** 12 (10 outputs, 2 padding). */
	b2: usize;
	/** The gradient sums, dW¹ᵀ at DW1T_AT. */
	db1: usize;
	dw2: usize;
	db2: usize;
	/** scratchBytes(hp) bytes; the kernel carves it up in `Scratch`. */
	scratch: usize;
	/** Leaky ReLU's slope; 0 makes it ReLU. */
	slope: f32;
}

/** Written by the host at `set`: a set of images in sparse column form. */
@unmanaged
export class SparseSet {
	/** count + 1 i32: image j's entries are offsets[j] .. offsets[j+1] − 1. */
	offsets: usize;
	/** 4-byte entries (sparsify.ts): a u16 row offset (rowShift), and x's float32 bits above 16. */
	entries: usize;
	/** count u8 labels. */
	labels: usize;
	/** How many images the set holds. */
	count: i32;
}

/**
 * How far an entry's 16-bit row offset is shifted: rows in bytes while 783 · stride fits
 * (up to 20 padded hidden units, the notes' 12 among them), else in 16-byte units.
 */
@inline
export function rowShift(stride: usize): usize {
	return 783 * <u32>stride < 65536 ? 0 : 4;
}

/** Image jj of a batch: list[jj] (i32 indices) or, when list is 0, first + jj. */
@inline
export function imageAt(list: usize, first: i32, jj: i32): i32 {
	return list ? load<i32>(list + (<usize>jj << 2)) : first + jj;
}

/** Images a block holds: the sparse phases run over a whole block (see kernel.ts). */
export const BLOCK = 256;
export const GROUPS = BLOCK / 4;

/** Pointers into the scratch area, set at the start of each call. */
@unmanaged
export class Scratch {
	/** W²ᵀ, hp × 12: output i of hidden unit h at h·48 + 4i. */
	w2t: usize;
	/** BLOCK × stride: W¹xⱼ (·255) of each image of the block, one image a row. */
	z1s: usize;
	/** BLOCK × stride: dZ¹ⱼ / 255 of each image, for the sparse backward. */
	ss: usize;
	/** GROUPS × hp vectors: A¹ of each group, one hidden unit a vector, one image a lane. */
	as: usize;
	/** GROUPS × 10 vectors: dZ² of each group, the same way. */
	ds: usize;
	/** hp vectors: dZ¹/255 of the current group, one hidden unit a vector. */
	sbuf: usize;
	/** 10 vectors + 1, then 10: Z², then A² and argmax, of the current group; e^(Z² − max). */
	abuf: usize;
	/** hp and 10 vectors: db¹ and db² summed per lane, reduced at the end of a call. */
	db1acc: usize;
	db2acc: usize;
	/** The sum of the forward's touches of the next block (forward.ts), kept so they stay. */
	touched: u32;
}

/** Bytes of scratch space a network with hp padded hidden units needs. */
@inline
export function scratchSize(hp: i32): usize {
	const stride = <usize>hp << 2;
	const block = <usize>BLOCK, groups = <usize>GROUPS;
	return 64 + stride * 12 + 2 * block * stride + groups * stride * 4 + groups * 160 + 2 * stride * 4 + 336 + 160;
}

/** Carves the scratch area at `base` into the buffers above. */
export function carve(base: usize, hp: i32): Scratch {
	const stride = <usize>hp << 2;
	const sc = changetype<Scratch>(base);
	let p = base + 64;
	sc.w2t = p;
	p += stride * 12;
	sc.z1s = p;
	p += <usize>BLOCK * stride;
	sc.ss = p;
	p += <usize>BLOCK * stride;
	sc.as = p;
	p += <usize>GROUPS * stride * 4;
	sc.ds = p;
	p += <usize>GROUPS * 160;
	sc.sbuf = p;
	p += stride * 4;
	sc.abuf = p;
	p += 336;
	sc.db1acc = p;
	p += stride * 4;
	sc.db2acc = p;
	return sc;
}
