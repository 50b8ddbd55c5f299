// The one list of the notes' symbols. Chapters tag them in TeX as \sym{NAME}{tex}; the build
// rejects a NAME not listed here, widgets find equations by data-symbol="NAME", and the
// colours below are the only place a symbol's colour is set.
//
// Plain JavaScript (with JSDoc types) because svelte.config.js reads it at build time, before
// any TypeScript tooling runs.

/**
 * @typedef {object} SymbolInfo
 * @property {string} tex How the symbol is written in the chapters.
 * @property {string} spoken How a screen reader should say it, e.g. "W[1]".
 * @property {string} meaning One short phrase.
 * @property {string} color Text colour on the light theme; at least 4.5:1 against white.
 */

/** @satisfies {Record<string, SymbolInfo>} */
export const SYMBOLS = Object.freeze({
	X: { tex: 'X', spoken: 'X', meaning: 'the images, one per column', color: '#3d3d3d' },
	Y: { tex: 'Y', spoken: 'Y', meaning: 'the one-hot labels', color: '#7a5a00' },
	A0: { tex: 'A^{[0]}', spoken: 'A[0]', meaning: 'the input layer, equal to X', color: '#3d3d3d' },
	W1: { tex: 'W^{[1]}', spoken: 'W[1]', meaning: 'first-layer weights', color: '#0a5fa3' },
	b1: { tex: 'b^{[1]}', spoken: 'b[1]', meaning: 'first-layer biases', color: '#1f6f8b' },
	Z1: { tex: 'Z^{[1]}', spoken: 'Z[1]', meaning: 'hidden pre-activations', color: '#0b7a5c' },
	A1: { tex: 'A^{[1]}', spoken: 'A[1]', meaning: 'hidden activations', color: '#4d7a12' },
	W2: { tex: 'W^{[2]}', spoken: 'W[2]', meaning: 'second-layer weights', color: '#b34700' },
	b2: { tex: 'b^{[2]}', spoken: 'b[2]', meaning: 'second-layer biases', color: '#94550a' },
	Z2: { tex: 'Z^{[2]}', spoken: 'Z[2]', meaning: 'output logits', color: '#b0245e' },
	A2: { tex: 'A^{[2]}', spoken: 'A[2]', meaning: 'output probabilities', color: '#7b3aa6' },
	dZ2: { tex: 'dZ^{[2]}', spoken: 'dZ[2]', meaning: 'output error', color: '#b0245e' },
	dW2: {
		tex: 'dW^{[2]}',
		spoken: 'dW[2]',
		meaning: 'gradient of the loss for W[2]',
		color: '#b34700'
	},
	db2: {
		tex: 'db^{[2]}',
		spoken: 'db[2]',
		meaning: 'gradient of the loss for b[2]',
		color: '#94550a'
	},
	dZ1: { tex: 'dZ^{[1]}', spoken: 'dZ[1]', meaning: 'hidden error', color: '#0b7a5c' },
	dW1: {
		tex: 'dW^{[1]}',
		spoken: 'dW[1]',
		meaning: 'gradient of the loss for W[1]',
		color: '#0a5fa3'
	},
	db1: {
		tex: 'db^{[1]}',
		spoken: 'db[1]',
		meaning: 'gradient of the loss for b[1]',
		color: '#1f6f8b'
	},
	alpha: { tex: '\\alpha', spoken: 'alpha', meaning: 'the learning rate', color: '#a1162b' }
});

/** @typedef {keyof typeof SYMBOLS} SymbolName */

/** Every symbol's name, in the notes' order. @type {readonly SymbolName[]} */
export const SYMBOL_NAMES = Object.freeze(/** @type {SymbolName[]} */ (Object.keys(SYMBOLS)));
