import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMnistNode } from '../../../scripts/lib/mnist-node';
import { nodeShardPorts } from '../../../scripts/lib/node-shards';
import { kernelWasmBytes } from '../../../scripts/lib/kernel-bytes';
import type { TrainTest } from '$lib/engine/data/sets';
import { initParams } from '$lib/engine/init';
import type { LabEvent, RunEvent } from './protocol';
import { TrainingSession, type SessionHost } from './session';
import { DEFAULT_LAB_SETTINGS, setupOf, type LabSettings } from './settings';

let data: TrainTest;
let wasm: Uint8Array;
beforeAll(async () => {
	[data, wasm] = await Promise.all([
		Promise.all([loadMnistNode('train'), loadMnistNode('test')]).then(([train, test]) => ({
			train,
			test
		})),
		kernelWasmBytes()
	]);
}, 120_000);

/** What the session told, with run events taken out of their envelope. */
type Told = Exclude<LabEvent, { type: 'run' }> | RunEvent;

/** A session whose events are collected, with data that arrive in `delay` ms (or fail). */
function session(options: { delay?: number; fail?: string } = {}) {
	const events: LabEvent[] = [];
	const host: SessionHost = {
		// As postMessage does: the event is copied, and every buffer it transfers is detached
		// on the sender's side, so a run that kept using one would fail here as in a browser.
		post: (event, transfer) => events.push(structuredClone(event, { transfer })),
		loadData: (signal, onProgress) =>
			new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					onProgress(100, 100);
					if (options.fail) reject(new Error(options.fail));
					else resolve(data);
				}, options.delay ?? 0);
				signal.addEventListener('abort', () => {
					clearTimeout(timer);
					reject(signal.reason);
				});
			}),
		kernel: async () => ({ wasm }),
		shards: (n) => nodeShardPorts(n)
	};
	const s = new TrainingSession(host);
	/** Every event of one type, run events unwrapped. */
	const of = <T extends Told['type']>(type: T) =>
		events
			.map((e): Told => (e.type === 'run' ? e.event : e))
			.filter((e): e is Extract<Told, { type: T }> => e.type === type);
	/** Waits for a status the session reports; fails the test, naming it, if it never comes. */
	const settled = (status: string) =>
		until(() => of('status').some((e) => e.status === status), `status '${status}'`);
	return { s, events, of, settled };
}

/** Waits (on the real clock) until `done()` holds; throws, naming `what`, after 20 s. */
async function until(done: () => boolean, what: string): Promise<void> {
	const start = Date.now();
	while (!done()) {
		if (Date.now() - start > 20_000) throw new Error(`${what} never came within 20 s`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

afterEach(() => {
	vi.useRealTimers();
});

const small = (change: Partial<LabSettings> = {}) =>
	setupOf({ ...DEFAULT_LAB_SETTINGS, trainSize: 1000, iterations: 20, alpha: 0.5, ...change });

describe('a training session', () => {
	it('trains a short run to the end and reports everything a page draws', async () => {
		const { s, of, settled } = session();
		await s.handle({ type: 'start', id: 1, setup: small(), workers: 2, play: true });
		await settled('done');
		expect(of('kernel')).toEqual([{ type: 'kernel', kind: 'wasm', note: undefined }]);
		expect(of('loaded')[0].testImages.length).toBe(10000 * 784);
		const points = of('iterations').flatMap((e) => e.points);
		expect(points.map((p) => p.iteration)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
		const tests = of('iterations').flatMap((e) => e.tests);
		expect(tests.map((t) => t.iteration)).toEqual([10, 20]);
		expect(tests[1].accuracy).toBeGreaterThan(Math.max(0.3, tests[0].accuracy));
		expect(points[19].accuracy).toBeGreaterThan(points[0].accuracy + 0.3);
		const evaluation = of('evaluation').at(-1)!;
		expect(evaluation.iteration).toBe(20);
		expect(evaluation.predictions.length).toBe(10000);
		expect(evaluation.probabilities.length).toBe(100000);
		expect(evaluation.accuracy).toBe(tests[1].accuracy);
		expect(of('weights').at(-1)?.params.W1.shape).toEqual([10, 784]);
		// Every copy arrived whole, though the session's own buffers were detached on the way.
		expect(of('weights').every((w) => w.params.W1.data.length === 7840)).toBe(true);
		expect(of('evaluation').every((e) => e.predictions.length === 10000)).toBe(true);
	});

	it('says how many workers share the images, and sends predictions while it runs', async () => {
		const { s, of, settled } = session();
		const setup = small({ iterations: 400, trainSize: 20000 });
		await s.handle({ type: 'start', id: 3, setup, workers: 3, play: true });
		await settled('done');
		expect(of('workers')).toEqual([{ type: 'workers', workers: 3 }]);
		const evaluations = of('evaluation');
		const live = evaluations.filter((e) => e.trainAccuracy === undefined);
		// The run takes seconds; the predictions arrive about once a second, before its end.
		expect(live.length).toBeGreaterThan(0);
		expect(live.every((e) => e.iteration < 400 && e.predictions.length === 10000)).toBe(true);
		const last = evaluations.at(-1)!;
		expect(last.iteration).toBe(400);
		expect(last.trainAccuracy).toBeGreaterThan(0.5);
	});

	it('pauses between iterations, steps one at a time and resumes', async () => {
		const { s, of, settled } = session();
		await s.handle({
			type: 'start',
			id: 7,
			setup: small({ iterations: 2000, trainSize: 5000 }),
			workers: 3,
			play: true
		});
		// Paused once it has reported some iterations: mid-run, whatever the machine's speed.
		await until(() => of('iterations').some((e) => e.points.length > 0), 'a first iteration');
		await s.handle({ type: 'pause' });
		await settled('paused');
		const paused = of('status').at(-1)!.iteration;
		expect(paused).toBeGreaterThan(0);
		expect(paused).toBeLessThan(2000);
		await s.handle({ type: 'step' });
		expect(of('status').at(-1)).toMatchObject({ status: 'paused', iteration: paused + 1 });
		expect(of('evaluation').at(-1)!.iteration).toBe(paused + 1);
		await s.handle({ type: 'limit', iterations: paused + 3 });
		await s.handle({ type: 'resume' });
		await settled('done');
		expect(of('status').at(-1)).toMatchObject({ status: 'done', iteration: paused + 3 });
	});

	it('reports a divergence with the engine’s own message and stops', async () => {
		const { s, of, settled } = session();
		const setup = small({ activation: 'leaky-relu', alpha: 50, trainSize: 60000, iterations: 100 });
		await s.handle({ type: 'start', id: 9, setup, workers: 2, play: true });
		await settled('diverged');
		const [report] = of('diverged');
		expect(report.message).toMatch(/^diverged in iteration \d+: .* α = 50 is too large$/);
		const last = of('iterations')
			.flatMap((e) => e.points)
			.at(-1)!;
		expect(last.iteration).toBe(report.iteration - 1);
	});

	it('can cancel loading, and loads again when asked', async () => {
		// The data take 200 ms on a controlled clock: cancelled at 50 ms, they never arrive.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { s, of, settled } = session({ delay: 200 });
		const started = s.handle({ type: 'start', id: 2, setup: small(), workers: 2, play: true });
		await vi.advanceTimersByTimeAsync(50);
		expect(of('loaded')).toHaveLength(0);
		await s.handle({ type: 'cancel-load' });
		await started;
		await vi.advanceTimersByTimeAsync(500);
		expect(of('load-cancelled')).toHaveLength(1);
		expect(of('loaded')).toHaveLength(0);
		vi.useRealTimers();
		await s.handle({ type: 'start', id: 3, setup: small(), workers: 2, play: true });
		await settled('done');
		expect(of('loaded')).toHaveLength(1);
	});

	it('says why loading failed and trains nothing', async () => {
		const { s, of } = session({ fail: 'train-images-idx3-ubyte.gz: HTTP 404 Not Found' });
		await s.handle({ type: 'start', id: 4, setup: small(), workers: 2, play: true });
		expect(of('load-failed')).toEqual([
			{ type: 'load-failed', message: 'train-images-idx3-ubyte.gz: HTTP 404 Not Found' }
		]);
		expect(of('status')).toHaveLength(0);
	});

	it('continues from saved parameters, counting from their iteration', async () => {
		const { s, of } = session();
		const setup = small();
		await s.handle({
			type: 'restore',
			id: 1,
			setup,
			trained: { iterations: 40 },
			params: initParams(setup.network),
			workers: 1
		});
		expect(of('status').at(-1)).toMatchObject({ status: 'done', iteration: 40, limit: 40 });
		expect(of('evaluation')[0].iteration).toBe(40);
		await s.handle({ type: 'step' });
		expect(of('iterations').flatMap((e) => e.points)[0].iteration).toBe(41);
	});

	it('forgets the run on reset, and a new start replaces a running one silently', async () => {
		const { s, events, of, settled } = session();
		await s.handle({
			type: 'start',
			id: 8,
			setup: small({ iterations: 3000, trainSize: 5000 }),
			workers: 2,
			play: true
		});
		await until(() => events.some((e) => e.type === 'run'), 'a first event of run 8');
		await s.handle({
			type: 'start',
			id: 5,
			setup: small({ iterations: 5 }),
			workers: 2,
			play: true
		});
		await settled('done');
		// Once run 5 has begun, the replaced run 8 says nothing more, even while it winds down.
		const replaced = events.findIndex((e) => e.type === 'run' && e.id === 5);
		await s.handle({ type: 'pause' });
		const later = events.slice(replaced).filter((e) => e.type === 'run');
		expect(later.length).toBeGreaterThan(0);
		expect(later.every((e) => e.type === 'run' && e.id === 5)).toBe(true);
		expect(of('status').at(-1)).toMatchObject({ status: 'done', iteration: 5, limit: 5 });
		const ids = new Set(events.flatMap((e) => (e.type === 'run' ? [e.id] : [])));
		expect([...ids]).toEqual([8, 5]);
		await s.handle({ type: 'reset' });
		expect(s.run).toBeUndefined();
	});
});
