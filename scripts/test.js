// `npm test`: every check the project has, in one command, on a fresh machine or a warm one.
// Runs every stage even after a failure (so one run shows every problem), then prints a
// summary and exits non-zero if anything failed. `npm test -- unit lint` runs only those.
// The checks that read only the sources (python, types, lint, format) run side by side, each
// printing its output whole when it ends: one at a time they took 138 s of the run, most of
// it on one core while the other waited.
import { spawn, spawnSync } from 'node:child_process';
import { ensureBrowser, browserVersion } from './lib/browser.js';
import { ensureDependencies } from './lib/dependencies.js';

/** @param {string[]} args */
const npx = (...args) => ({ command: 'npx', args });

/** @type {{ name: string, what: string, command: string, args: string[], needs?: string, together?: boolean }[]} */
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
		...npx('tsx', 'scripts/check-python.ts'),
		together: true
	},
	{
		name: 'types',
		what: 'svelte-check (TypeScript strict)',
		command: 'npm',
		args: ['run', 'check', '--silent'],
		together: true
	},
	{ name: 'lint', what: 'ESLint', ...npx('eslint', '.'), together: true },
	{ name: 'format', what: 'Prettier', ...npx('prettier', '--check', '.'), together: true },
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

/** @typedef {{ name: string, ok: boolean, seconds: number, note?: string }} Result */
/** @type {Result[]} */
const results = [];

/** @param {typeof STAGES[number]} stage @returns {string | undefined} why it cannot run */
function blocked(stage) {
	const blocker = results.find((r) => r.name === stage.needs && !r.ok);
	return blocker ? `skipped: ${stage.needs} failed` : undefined;
}

/** Runs one stage with its output on the terminal as it comes. @param {typeof STAGES[number]} stage */
function runNow(stage, env = process.env) {
	console.log(`\n▶ ${stage.name}: ${stage.what}`);
	const started = Date.now();
	const run = spawnSync(stage.command, stage.args, { stdio: 'inherit', env });
	return { name: stage.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 };
}

/**
 * Runs stages side by side, each one's output held and printed whole when it ends, so that
 * no two stages' lines interleave. Results keep the stages' order.
 * @param {typeof STAGES} group @returns {Promise<Result[]>}
 */
function runTogether(group) {
	console.log(`\n▶ side by side: ${group.map((s) => s.name).join(', ')}`);
	return Promise.all(
		group.map(
			(stage) =>
				new Promise((resolve) => {
					const started = Date.now();
					/** @type {Buffer[]} */
					const output = [];
					const child = spawn(stage.command, stage.args, {
						stdio: ['ignore', 'pipe', 'pipe'],
						env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }
					});
					child.stdout.on('data', (chunk) => output.push(chunk));
					child.stderr.on('data', (chunk) => output.push(chunk));
					let ended = false;
					// A child that cannot start reports both 'error' and 'close': print it once.
					const end = (/** @type {boolean} */ ok, /** @type {string} */ note = '') => {
						if (ended) return;
						ended = true;
						const seconds = (Date.now() - started) / 1000;
						console.log(`\n▶ ${stage.name}: ${stage.what} (${seconds.toFixed(1)} s)`);
						process.stdout.write(Buffer.concat(output));
						if (note) console.log(note);
						resolve({ name: stage.name, ok, seconds });
					};
					child.on('error', (error) => end(false, `could not start: ${error.message}`));
					child.on('close', (code) => end(code === 0));
				})
		)
	);
}

/** @param {typeof STAGES[number]} stage @returns {Result} */
const skipped = (stage) => ({ name: stage.name, ok: false, seconds: 0, note: blocked(stage) });

for (const [k, stage] of stages.entries()) {
	if (stage.together) {
		// The first of a run of side-by-side stages runs them all.
		if (stages[k - 1]?.together) continue;
		const end = stages.findIndex((s, j) => j > k && !s.together);
		const group = stages.slice(k, end < 0 ? undefined : end);
		const done = await runTogether(group.filter((s) => !blocked(s)));
		for (const s of group) results.push(done.find((r) => r.name === s.name) ?? skipped(s));
		continue;
	}
	if (blocked(stage)) {
		results.push(skipped(stage));
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
	results.push(runNow(stage, env));
}

console.log('\nSummary');
for (const r of results) {
	const mark = r.ok ? 'pass' : 'FAIL';
	console.log(
		`  ${mark}  ${r.name.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`
	);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
