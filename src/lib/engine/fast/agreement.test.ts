/**
 * The float32 fast path against numpy's float64 reference iterations: started from each
 * case's init on the same 8 test images, both kernels must reproduce every loss, gradient and
 * parameter to 1e-4 relative error (max |ours − numpy| / max |numpy|, one number a matrix).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceCases } from '../../../../scripts/lib/reference-fixture';
import { kernelWasmBytes } from '../../../../scripts/lib/kernel-bytes';
import { PARAM_NAMES } from '../config';
import { relativeError } from '../matrix';
import { createFastTrainer } from './trainer';

const TOLERANCE = 1e-4;
let wasm: Uint8Array;
beforeAll(async () => {
	wasm = await kernelWasmBytes();
}, 120000);

describe.each(['wasm', 'js'] as const)('the %s kernel', (kind) => {
	it.each(referenceCases().map((c) => [c.name, c] as const))(
		'reproduces the numpy iterations of %s',
		async (_, c) => {
			const trainer = await createFastTrainer(c.set, {
				wasm: kind === 'wasm' ? wasm : undefined,
				network: { hidden: 10, activation: c.activation, leakySlope: c.leakySlope },
				optimizer: c.optimizer,
				params: c.init
			});
			expect(trainer.kind).toBe(kind);
			for (const [i, expected] of c.iterations.entries()) {
				const report = trainer.step();
				expect(report.iteration).toBe(i + 1);
				expect(Math.abs(report.loss - expected.loss) / expected.loss).toBeLessThan(TOLERANCE);
				const grads = trainer.gradients();
				const after = trainer.params();
				for (const name of PARAM_NAMES) {
					expect(
						relativeError(grads[name], expected.grads[name]),
						`d${name}, iteration ${i + 1}`
					).toBeLessThan(TOLERANCE);
					expect(
						relativeError(after[name], expected.after[name]),
						`${name}, iteration ${i + 1}`
					).toBeLessThan(TOLERANCE);
				}
			}
		}
	);
});
