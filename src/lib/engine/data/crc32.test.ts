import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex } from './crc32';

const text = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
	it.each([
		['', '00000000'],
		['a', 'e8b7be43'],
		['123456789', 'cbf43926'],
		['The quick brown fox jumps over the lazy dog', '414fa339']
	])('gives the standard CRC-32 of %j', (input, hex) => {
		expect(crc32Hex(crc32(text(input)))).toBe(hex);
	});

	it('gives the same value fed in chunks as fed whole', () => {
		const bytes = Uint8Array.from({ length: 1000 }, (_, k) => (k * 31) % 256);
		let running = 0;
		for (let i = 0; i < bytes.length; i += 37) running = crc32(bytes.subarray(i, i + 37), running);
		expect(running).toBe(crc32(bytes));
	});

	it('changes when one bit flips', () => {
		const bytes = Uint8Array.from({ length: 100 }, (_, k) => k);
		const flipped = bytes.slice();
		flipped[50] ^= 1;
		expect(crc32(flipped)).not.toBe(crc32(bytes));
	});
});
