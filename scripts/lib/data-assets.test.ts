import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFullSet, loadLessonSet } from '../../src/lib/engine/data/sets';
import { buildDataAssets, upToDate } from './data-assets';
import { loadMnistNode } from './mnist-node';

const outDir = await mkdtemp(join(tmpdir(), 'data-assets-'));
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** A fetch that serves `outDir` at /data/, as the dev server serves static/data/. */
const fileFetch = (async (url: string | URL | Request) => {
	const path = join(outDir, String(url).replace(/^\/data\//, ''));
	return new Response(new Uint8Array(await readFile(path)));
}) as typeof fetch;

describe('buildDataAssets', () => {
	it(
		'writes gzip IDX files and a manifest the browser loader accepts',
		{ timeout: 30000 },
		async () => {
			const { skipped, manifest } = await buildDataAssets(outDir);
			expect(skipped).toBe(false);
			expect(manifest.assets['lesson-train-images']).toMatchObject({
				count: 1000,
				bytes: 16 + 1000 * 784
			});
			expect(manifest.assets['train-images']).toMatchObject({ count: 60000, bytes: 47040016 });
			for (const a of Object.values(manifest.assets)) {
				expect((await stat(join(outDir, a.file))).size).toBe(a.gzipBytes);
			}
			const lesson = await loadLessonSet({ fetch: fileFetch, manifest });
			const test = await loadMnistNode('test');
			expect(lesson.test.images).toEqual(test.images.subarray(0, 1000 * 784));
			expect(lesson.train.count).toBe(1000);
		}
	);

	it('is a no-op when the outputs are current', async () => {
		expect(await upToDate(outDir)).toBe(true);
		expect((await buildDataAssets(outDir)).skipped).toBe(true);
	});

	it('round-trips the full sets through gzip and the checksum', { timeout: 30000 }, async () => {
		const { train, test } = await loadFullSet({ fetch: fileFetch });
		const original = await loadMnistNode('train');
		expect([train.count, test.count]).toEqual([60000, 10000]);
		expect(Buffer.from(train.images).equals(Buffer.from(original.images))).toBe(true);
		expect(Buffer.from(train.labels).equals(Buffer.from(original.labels))).toBe(true);
	});
});
