// `npm test`: every check the project has, in one command, on a fresh machine or a warm one.
// Runs every stage even after a failure (so one run shows every problem), then prints a
// summary and exits non-zero if anything failed. `npm test -- unit lint` runs only those.
import { spawnSync } from 'node:child_process';
import { ensureBrowser, browserVersion } from './lib/browser.js';
import { ensureDependencies } from './lib/dependencies.js';

/** @param {string[]} args */
const npx = (...args) => ({ command: 'npx', args });

/** @type {{ name: string, what: string, command: string, args: string[], needs?: string }[]} */
const STAGES = [
	{
		name: 'build',
		what: 'data assets, wasm kernel, static site',
		...npx('npm', 'run', 'build', '--silent')
	},
	{ name: 'unit', what: 'Vitest unit tests', ...npx('vitest', 'run') },
	{
		name: 'python',
		what: 'static/from_scratch.py in numpy against the engine (finds or installs numpy)',
		...npx('tsx', 'scripts/check-python.ts')
	},
	{
		name: 'types',
		what: 'svelte-check (TypeScript strict)',
		command: 'npm',
		args: ['run', 'check', '--silent']
	},
	{ name: 'lint', what: 'ESLint', ...npx('eslint', '.') },
	{ name: 'format', what: 'Prettier', ...npx('prettier', '--check', '.') },
	{
		name: 'e2e',
		what: 'Playwright in headless Chromium, against the built site',
		...npx('playwright', 'test'),
		needs: 'build'
	}
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !STAGES.some((s) => s.name === w));
if (unknown.length > 0) {
	console.error(
		`Unknown stage(s): ${unknown.join(', ')}. Stages: ${STAGES.map((s) => s.name).join(', ')}`
	);
	process.exit(2);
}
const stages = wanted.length > 0 ? STAGES.filter((s) => wanted.includes(s.name)) : STAGES;

ensureDependencies();

/** @type {{ name: string, ok: boolean, seconds: number, note?: string }[]} */
const results = [];
for (const stage of stages) {
	const blocker = results.find((r) => r.name === stage.needs && !r.ok);
	if (blocker) {
		results.push({
			name: stage.name,
			ok: false,
			seconds: 0,
			note: `skipped: ${stage.needs} failed`
		});
		continue;
	}
	const env = { ...process.env };
	if (stage.name === 'e2e') {
		try {
			env.CHROMIUM_PATH = ensureBrowser();
			console.log(`Using ${browserVersion(env.CHROMIUM_PATH)} at ${env.CHROMIUM_PATH}`);
		} catch (error) {
			console.error(error instanceof Error ? error.message : error);
			results.push({ name: stage.name, ok: false, seconds: 0, note: 'no browser' });
			continue;
		}
	}
	console.log(`\n▶ ${stage.name}: ${stage.what}`);
	const started = Date.now();
	const run = spawnSync(stage.command, stage.args, { stdio: 'inherit', env });
	results.push({ name: stage.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const r of results) {
	const mark = r.ok ? 'pass' : 'FAIL';
	console.log(
		`  ${mark}  ${r.name.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`
	);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
