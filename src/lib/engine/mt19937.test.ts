import { describe, expect, it } from 'vitest';
import { NumpyRandom } from './mt19937';

// Expected values printed by numpy 1.x/2.x on this machine (python3, legacy RandomState):
//   np.random.seed(s); np.random.rand(n)  /  np.random.randn(n)
describe('NumpyRandom reproduces numpy.random', () => {
	it.each([
		[
			0,
			[
				0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
				0.4236547993389047
			]
		],
		[1, [0.417022004702574, 0.7203244934421581, 0.00011437481734488664]],
		[4294967295, [0.0976320289940138, 0.9123828453026218]]
	])('seed(%i); rand() gives numpy’s doubles bit for bit', (seed, expected) => {
		const rng = new NumpyRandom(seed);
		for (const value of expected) expect(rng.uniform()).toBe(value);
	});

	it('keeps agreeing after the state is regenerated (past 624 words)', () => {
		// np.random.seed(0); np.random.rand(1000); np.random.rand(2)
		const rng = new NumpyRandom(0);
		for (let k = 0; k < 1000; k++) rng.uniform();
		expect(rng.uniform()).toBe(0.5928802707811576);
		expect(rng.uniform()).toBe(0.01006369565609333);
	});

	it('seed(0); randn() gives numpy’s normals (polar method, in pairs)', () => {
		const rng = new NumpyRandom(0);
		const expected = [
			1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458,
			1.8675579901499675
		];
		for (const value of expected) expect(rng.normal()).toBeCloseTo(value, 14);
	});

	it('returns to an earlier state exactly', () => {
		const rng = new NumpyRandom(7);
		rng.normal();
		const saved = rng.state();
		const ahead = [rng.uniform(), rng.normal(), rng.normal()];
		const again = NumpyRandom.fromState(saved);
		expect([again.uniform(), again.normal(), again.normal()]).toEqual(ahead);
	});

	it.each([-1, 2 ** 32, 1.5, Number.NaN])('refuses the seed %f', (seed) => {
		expect(() => new NumpyRandom(seed)).toThrow('seed must be a whole number from 0 to 2^32 − 1');
	});
});
