import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, PARAM_NAMES } from '../config';
import { initParams } from '../init';
import { matrix } from '../matrix';
import { pack, packedSizes, padHidden, unpack, zeroPacked } from './layout';

describe('padHidden', () => {
	it.each([
		[1, 4],
		[4, 4],
		[10, 12],
		[13, 16]
	])('pads %d hidden units to %d', (hidden, hp) => expect(padHidden(hidden)).toBe(hp));

	it('rejects a size that is not a whole number ≥ 1', () => {
		expect(() => padHidden(0)).toThrow(/hidden = 0 must be a whole number ≥ 1/);
	});
});

describe('pack and unpack', () => {
	it.each([5, 10, 16])('round-trip %d hidden units through the padded float32 layout', (hidden) => {
		const params = initParams({ ...DEFAULT_NETWORK, hidden });
		const packed = zeroPacked(padHidden(hidden));
		pack(params, hidden, packed);
		const back = unpack(packed, hidden);
		for (const name of PARAM_NAMES) {
			expect(back[name].shape).toEqual(params[name].shape);
			back[name].data.forEach((v, k) => expect(v).toBe(Math.fround(params[name].data[k])));
		}
	});

	it('stores W¹ transposed with zero padding', () => {
		const params = initParams({ ...DEFAULT_NETWORK, hidden: 5 });
		const packed = zeroPacked(8);
		pack(params, 5, packed);
		expect(packed.W1T[3 * 8 + 2]).toBe(Math.fround(params.W1.data[2 * 784 + 3]));
		expect(packed.W1T[3 * 8 + 6]).toBe(0);
		expect(packed.b2.length).toBe(packedSizes(8).b2);
	});

	it('names both shapes when a parameter does not fit', () => {
		const params = { ...initParams(DEFAULT_NETWORK), b1: matrix(9, 1) };
		expect(() => pack(params, 10, zeroPacked(12))).toThrow(
			'fast path: b1 is [9×1], expected [10×1]'
		);
	});
});
