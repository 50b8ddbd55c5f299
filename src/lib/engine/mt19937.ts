/**
 * numpy's legacy random generator (`np.random.seed`, `np.random.rand`, `np.random.randn`),
 * reproduced bit for bit: the Mersenne Twister MT19937 with numpy's integer seeding, its
 * 53-bit doubles and its polar-method normals. With it, the engine's seed s gives the same
 * initial weights as the notes' own code after `np.random.seed(s)`, so a learner can check
 * the site against a numpy session number for number.
 */
const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

export interface NumpyRandomState {
	readonly key: Uint32Array;
	readonly pos: number;
	readonly gauss: number | undefined;
}

export class NumpyRandom {
	#key = new Uint32Array(N);
	#pos = N;
	#gauss: number | undefined;

	/** `np.random.seed(seed)` for a whole number 0 ≤ seed < 2³². */
	constructor(seed: number) {
		if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
			throw new RangeError(
				`NumpyRandom: seed must be a whole number from 0 to 2^32 − 1, got ${seed}`
			);
		}
		let s = seed >>> 0;
		for (let pos = 0; pos < N; pos++) {
			this.#key[pos] = s;
			s = (Math.imul(1812433253, s ^ (s >>> 30)) + pos + 1) >>> 0;
		}
	}

	/** The next 32 random bits (genrand_int32). */
	nextUint32(): number {
		if (this.#pos >= N) this.#twist();
		let y = this.#key[this.#pos++];
		y ^= y >>> 11;
		y ^= (y << 7) & 0x9d2c5680;
		y ^= (y << 15) & 0xefc60000;
		y ^= y >>> 18;
		return y >>> 0;
	}

	/** `np.random.rand()`: a double in [0, 1) from 27 + 26 random bits. */
	uniform(): number {
		const a = this.nextUint32() >>> 5;
		const b = this.nextUint32() >>> 6;
		return (a * 67108864 + b) / 9007199254740992;
	}

	/** `np.random.randn()`: numpy's polar method, which makes normals in pairs. */
	normal(): number {
		if (this.#gauss !== undefined) {
			const cached = this.#gauss;
			this.#gauss = undefined;
			return cached;
		}
		let x1: number, x2: number, r2: number;
		do {
			x1 = 2 * this.uniform() - 1;
			x2 = 2 * this.uniform() - 1;
			r2 = x1 * x1 + x2 * x2;
		} while (r2 >= 1 || r2 === 0);
		const f = Math.sqrt((-2 * Math.log(r2)) / r2);
		this.#gauss = f * x1;
		return f * x2;
	}

	/** A snapshot to return to; the generator is unchanged by taking it. */
	state(): NumpyRandomState {
		return { key: this.#key.slice(), pos: this.#pos, gauss: this.#gauss };
	}

	static fromState(state: NumpyRandomState): NumpyRandom {
		const rng = new NumpyRandom(0);
		rng.#key.set(state.key);
		rng.#pos = state.pos;
		rng.#gauss = state.gauss;
		return rng;
	}

	#twist(): void {
		const key = this.#key;
		let kk = 0;
		for (; kk < N - M; kk++) {
			const y = (key[kk] & UPPER) | (key[kk + 1] & LOWER);
			key[kk] = key[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		}
		for (; kk < N - 1; kk++) {
			const y = (key[kk] & UPPER) | (key[kk + 1] & LOWER);
			key[kk] = key[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		}
		const y = (key[N - 1] & UPPER) | (key[0] & LOWER);
		key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
		this.#pos = 0;
	}
}
