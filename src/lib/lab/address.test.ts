import { describe, expect, it } from 'vitest';
import { readLabAddress } from './address';

describe('readLabAddress', () => {
	it.each([
		['', 'auto', []],
		['kernel=js', 'js', []],
		['kernel=wasm', 'auto', []],
		['kernel=JS', 'auto', ['kernel = “JS” is not one of js, wasm; using wasm.']],
		['kernel=', 'auto', ['kernel = “” is not one of js, wasm; using wasm.']],
		[
			'kernal=js',
			'auto',
			[
				'“kernal” = “js” is not something this address can set, so it is ignored; did you mean kernel?'
			]
		]
	] as const)('reads ?%s as the %s kernel with its notices', (search, kernel, notices) => {
		const address = readLabAddress(new URLSearchParams(search));
		expect(address.kernel).toBe(kernel);
		expect(address.notices).toEqual(notices);
	});
});
