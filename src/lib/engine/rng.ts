/**
 * The engine's only source of randomness: xoshiro128** (Blackman & Vigna), its 128-bit state
 * filled by splitmix32 from an integer seed. Every draw is 32-bit integer arithmetic
 * (`Math.imul`, shifts), so a seed gives the same bits in Node, a Web Worker and any browser.
 */

/** The generator's whole state: four unsigned 32-bit words. Copy it to step back. */
export type RngState = readonly [number, number, number, number];

/** 2²⁶ and 2⁵³: exact powers of two, so the scalings below lose nothing. */
const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/** splitmix32: a 32-bit hash step whose outputs are well spread even for seeds 0, 1, 2, … */
function splitmix32(state: number): { next: number; value: number } {
	const next = (state + 0x9e3779b9) | 0;
	let z = next;
	z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
	z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
	return { next, value: (z ^ (z >>> 15)) >>> 0 };
}

/**
 * The state for `seed`; `stream` picks an independent sequence from the same seed (0 draws
 * the initial parameters, 1 + e shuffles epoch e), by hashing it into splitmix32's start.
 */
export function seedState(seed: number, stream = 0): RngState {
	if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(stream)) {
		throw new RangeError(`rng: seed ${seed} and stream ${stream} must be whole numbers`);
	}
	// Seeds 0 .. 2³² − 1 each start their own sequence; the high bits of larger (or negative)
	// seeds are hashed in rather than dropped, so 2³² + 5 does not repeat seed 5.
	const high = Math.floor(seed / 2 ** 32) | 0;
	let s = (seed >>> 0) ^ (high === 0 ? 0 : splitmix32(high ^ 0x5bd1e995).value);
	if (stream !== 0) s ^= splitmix32(stream | 0).value;
	const words: number[] = [];
	for (let i = 0; i < 4; i++) {
		const step = splitmix32(s);
		s = step.next;
		words.push(step.value);
	}
	// xoshiro's one forbidden state is all zeros; splitmix32 never gives four, but be sure.
	if (!words.some((w) => w !== 0)) words[0] = 1;
	return [words[0], words[1], words[2], words[3]];
}

/**
 * A seeded random number generator.
 * @example const rng = new Rng(42); rng.uniform(); // same double on every machine
 */
export class Rng {
	#s0: number;
	#s1: number;
	#s2: number;
	#s3: number;

	constructor(seed: number, stream = 0) {
		[this.#s0, this.#s1, this.#s2, this.#s3] = seedState(seed, stream);
	}

	/** A generator continuing exactly from `state`. */
	static fromState(state: RngState): Rng {
		const rng = new Rng(0);
		[rng.#s0, rng.#s1, rng.#s2, rng.#s3] = state.map((w) => w >>> 0);
		return rng;
	}

	/** A plain copy of the state: `Rng.fromState(rng.state())` repeats the coming draws. */
	state(): RngState {
		return [this.#s0 >>> 0, this.#s1 >>> 0, this.#s2 >>> 0, this.#s3 >>> 0];
	}

	/** An independent generator at the same point of the sequence. */
	clone(): Rng {
		return Rng.fromState(this.state());
	}

	/** The next unsigned 32-bit integer: result = rotl(s₁ · 5, 7) · 9. */
	nextUint32(): number {
		const s1 = this.#s1;
		const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
		const t = s1 << 9;
		this.#s2 ^= this.#s0;
		this.#s3 ^= s1;
		this.#s1 ^= this.#s2;
		this.#s0 ^= this.#s3;
		this.#s2 ^= t;
		this.#s3 = rotl(this.#s3, 11);
		return result;
	}

	/** U[0, 1): (27 high bits · 2²⁶ + 26 high bits) / 2⁵³, every step exact in a double. */
	uniform(): number {
		const high = this.nextUint32() >>> 5;
		const low = this.nextUint32() >>> 6;
		return (high * TWO_POW_26 + low) / TWO_POW_53;
	}

	/**
	 * N(0, 1) by Box–Muller: √(−2 ln u₁) · cos(2π u₂), u₁ ∈ (0, 1] so the log is finite. One
	 * normal per two uniforms (the sine twin is dropped) keeps the state four words. The bits
	 * rely on Math.log and Math.cos, which V8 (Node, Chrome) computes identically everywhere.
	 */
	normal(): number {
		const u1 = 1 - this.uniform();
		const u2 = this.uniform();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	/** A whole number in [0, n), without modulo bias (draws above the last full block are redrawn). */
	int(n: number): number {
		if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) {
			throw new RangeError(`rng.int: n = ${n} must be a whole number in 1..2³²`);
		}
		const limit = 2 ** 32 - (2 ** 32 % n);
		let x = this.nextUint32();
		while (x >= limit) x = this.nextUint32();
		return x % n;
	}

	/** Fisher–Yates: shuffles `array` in place, every order equally likely, and returns it. */
	shuffle<T extends { length: number; [i: number]: unknown }>(array: T): T {
		for (let i = array.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const item = array[i];
			array[i] = array[j];
			array[j] = item;
		}
		return array;
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}
