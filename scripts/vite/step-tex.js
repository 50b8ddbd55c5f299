// `import { stepTex } from 'virtual:step-tex'` gives the KaTeX HTML of every step equation the
// engine can produce, rendered at build time with the chapters' settings, so the page never
// ships KaTeX itself. The engine is TypeScript, loaded here through tsx rather than bundled
// into the Vite config.
import katex from 'katex';
import { tsImport } from 'tsx/esm/api';
import { katexOptions } from '../markdown/katex-options.js';

const ID = 'virtual:step-tex';
const RESOLVED = `\0${ID}`;

/** @returns {Promise<Record<string, string>>} TeX → KaTeX HTML for every step equation. */
export async function renderStepTex() {
	const { lessonSteps } = await tsImport('../../src/lib/engine/steps/index.ts', import.meta.url);
	const { DEFAULT_NETWORK } = await tsImport('../../src/lib/engine/config.ts', import.meta.url);
	const { adamConfig } = await tsImport('../../src/lib/engine/optim/adam.ts', import.meta.url);
	// Every combination whose equations differ: the activation names g, the optimizer the update.
	const optimizers = [
		{ kind: 'gd', alpha: 0.1 },
		{ kind: 'minibatch', alpha: 0.1, batchSize: 2 },
		adamConfig()
	];
	/** @type {Record<string, string>} */
	const rendered = {};
	for (const activation of ['relu', 'leaky-relu']) {
		for (const optimizer of optimizers) {
			for (const step of lessonSteps({ ...DEFAULT_NETWORK, activation }, optimizer)) {
				rendered[step.tex] ??= katex.renderToString(step.tex, {
					...katexOptions,
					displayMode: false,
					throwOnError: true
				});
			}
		}
	}
	return rendered;
}

/** @returns {import('vite').Plugin} */
export function stepTexPlugin() {
	return {
		name: 'from-scratch:step-tex',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		async load(id) {
			if (id !== RESOLVED) return undefined;
			return `export const stepTex = ${JSON.stringify(await renderStepTex())};`;
		}
	};
}
