/**
 * Data-parallel training against the one-thread trainer, on real worker threads: the same
 * iterations to 1e-5 (max |N workers − one| / max |one|, one number a parameter matrix, every
 * iteration), for full batches, mini-batches and Adam, with worker counts that do not divide
 * m; the messages of an iteration hold only the parameters and the gradient sums; and the
 * notes' default 500-iteration run still lands in numpy's band.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../../../scripts/lib/mnist-node';
import { nodeShardPorts } from '../../../../scripts/lib/node-shards';
import { kernelWasmBytes } from '../../../../scripts/lib/kernel-bytes';
import { PARAM_NAMES, type OptimizerConfig } from '../config';
import { sliceSet, type MnistSet } from '../data/mnist';
import { createFastTrainer, FastDivergenceError } from '../fast';
import { relativeError } from '../matrix';
import { NUMPY_REFERENCE } from '../results/numpy-reference';
import type { ShardPort, ShardReply, ShardRequest } from './messages';
import { packedLength } from './packed-buffer';
import { createParallelTrainer } from './start';

const AGREEMENT = 1e-5;
let wasm: Uint8Array;
let full: MnistSet;
let test: MnistSet;
let train: MnistSet;
beforeAll(async () => {
	[wasm, full, test] = await Promise.all([
		kernelWasmBytes(),
		loadMnistNode('train'),
		loadMnistNode('test')
	]);
	// 1,001 = 7 · 11 · 13: two, three and four workers all get unequal shares.
	train = sliceSet(full, 0, 1001);
}, 120_000);

const adam = { kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
const cases: [string, number, OptimizerConfig][] = [
	['full-batch gradient descent', 2, { kind: 'gd', alpha: 0.1 }],
	['full-batch gradient descent', 3, { kind: 'gd', alpha: 0.1 }],
	['mini-batches of 100', 3, { kind: 'minibatch', alpha: 0.1, batchSize: 100 }],
	['full-batch Adam', 4, adam],
	['Adam on batches of 64', 3, { ...adam, batchSize: 64 }]
];

describe('a ParallelTrainer', () => {
	it.each(cases)(
		'agrees with one worker on every parameter, every iteration: %s, %d workers',
		async (_, workers, optimizer) => {
			const parallel = await createParallelTrainer(train, {
				wasm,
				optimizer,
				ports: nodeShardPorts(workers)
			});
			const one = await createFastTrainer(train, { wasm, optimizer });
			try {
				expect(parallel.workers).toBe(workers);
				for (let i = 1; i <= 15; i++) {
					const [a, b] = [await parallel.step(), one.step()];
					expect(a.iteration).toBe(i);
					expect(a.batchSize).toBe(b.batchSize);
					expect(Math.abs(a.loss - b.loss) / b.loss).toBeLessThan(AGREEMENT);
					expect(a.accuracy).toBe(b.accuracy);
					const [pa, pb] = [parallel.params(), one.params()];
					for (const name of PARAM_NAMES)
						expect(relativeError(pa[name], pb[name]), `${name}, iteration ${i}`).toBeLessThan(
							AGREEMENT
						);
				}
			} finally {
				parallel.close();
			}
		},
		60_000
	);

	it('with one worker is the one-thread trainer, bit for bit', async () => {
		const parallel = await createParallelTrainer(train, { wasm, ports: nodeShardPorts(1) });
		const one = await createFastTrainer(train, { wasm });
		try {
			for (let i = 0; i < 5; i++) expect(await parallel.step()).toEqual(one.step());
			expect(parallel.params()).toEqual(one.params());
			expect(parallel.gradients()).toEqual(one.gradients());
		} finally {
			parallel.close();
		}
	}, 60_000);

	it('sends each worker only the parameters and takes back only the gradient sums', async () => {
		const sent: { request: ShardRequest; bytes: number[] }[] = [];
		const received: ShardReply[] = [];
		const ports = nodeShardPorts(2).map((port): ShardPort => ({
			...port,
			postMessage(request, transfer) {
				sent.push({ request, bytes: transfer.map((b) => b.byteLength) });
				port.postMessage(request, transfer);
			},
			onReply: (listener) => port.onReply((r) => (received.push(r), listener(r)))
		}));
		const parallel = await createParallelTrainer(train, { wasm, ports });
		try {
			sent.length = 0;
			received.length = 0;
			await parallel.step();
			const bytes = packedLength(12) * 4;
			expect(bytes).toBeLessThan(40_000);
			expect(sent.map((s) => [s.request.type, s.bytes])).toEqual([
				['step', [bytes]],
				['step', [bytes]]
			]);
			expect(received.map((r) => r.type)).toEqual(['grads', 'grads']);
			for (const r of received) {
				if (r.type !== 'grads') continue;
				// Moved, not copied: the buffer came back, and the coordinator's copy went with it.
				expect(r.buffer.byteLength).toBe(bytes);
			}
		} finally {
			parallel.close();
		}
	}, 60_000);

	it('measures the training images on the workers, each its own share', async () => {
		const parallel = await createParallelTrainer(train, { wasm, ports: nodeShardPorts(3) });
		const one = await createFastTrainer(train, { wasm });
		try {
			await parallel.step();
			one.step();
			const [a, b] = [await parallel.evaluateTrain(), one.evaluate(train)];
			expect(a.count).toBe(1001);
			expect(a.accuracy).toBe(b.accuracy);
			expect(Math.abs(a.loss - b.loss) / b.loss).toBeLessThan(AGREEMENT);
		} finally {
			parallel.close();
		}
	}, 60_000);

	it('starts no more workers than there are images', async () => {
		const parallel = await createParallelTrainer(sliceSet(train, 0, 2), {
			wasm,
			ports: nodeShardPorts(3)
		});
		try {
			expect(parallel.workers).toBe(2);
			expect((await parallel.step()).batchSize).toBe(2);
		} finally {
			parallel.close();
		}
	}, 60_000);

	it('stops with the iteration and the cause when the run diverges', async () => {
		const parallel = await createParallelTrainer(train, {
			wasm,
			optimizer: { kind: 'gd', alpha: 1e38 },
			ports: nodeShardPorts(2)
		});
		try {
			await parallel.step();
			const error = await parallel.step().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(FastDivergenceError);
			expect((error as Error).message).toMatch(/diverged in iteration 2: .* α = 1e\+38/);
			await expect(parallel.step()).rejects.toBe(error);
		} finally {
			parallel.close();
		}
	}, 60_000);

	it('says which worker failed and why when one cannot start', async () => {
		const [first, second] = nodeShardPorts(2);
		// The second worker is sent bytes that are not a WebAssembly module.
		const broken: ShardPort = {
			...second,
			postMessage: (request, transfer) =>
				second.postMessage(
					request.type === 'init'
						? { ...request, wasm: new Uint8Array([0, 97, 115, 109]) }
						: request,
					transfer
				)
		};
		await expect(createParallelTrainer(train, { wasm, ports: [first, broken] })).rejects.toThrow(
			/^worker 2: .*WebAssembly/
		);
	}, 60_000);

	it('holds the same memory after 200 iterations as after 10', async () => {
		const parallel = await createParallelTrainer(train, { wasm, ports: nodeShardPorts(2) });
		try {
			for (let i = 0; i < 10; i++) await parallel.step();
			const early = (await parallel.memory()).map((m) => m.kernelBytes);
			for (let i = 0; i < 190; i++) await parallel.step();
			const late = (await parallel.memory()).map((m) => m.kernelBytes);
			expect(late).toEqual(early);
			expect(early.every((b) => b > 0)).toBe(true);
		} finally {
			parallel.close();
		}
	}, 120_000);

	it("lands in numpy's band after the notes' 500 iterations on 60,000 images, over 7 workers", async () => {
		const parallel = await createParallelTrainer(full, { wasm, ports: nodeShardPorts(7) });
		try {
			expect(60000 % parallel.workers).not.toBe(0);
			for (let i = 0; i < NUMPY_REFERENCE.iterations; i++) await parallel.step();
			const [low, high] = NUMPY_REFERENCE.testAccuracy;
			const accuracy = parallel.evaluate(test).accuracy;
			expect(accuracy).toBeGreaterThanOrEqual(low);
			expect(accuracy).toBeLessThanOrEqual(high);
		} finally {
			parallel.close();
		}
	}, 900_000);
});
