// KaTeX settings shared by the chapter build and by any component that renders TeX at run
// time (a step's equation), so both produce the same markup.

/** @type {import('katex').KatexOptions} */
export const katexOptions = {
	strict: false,
	// Only these two commands may emit HTML attributes: \htmlData gives data-symbol, and
	// \htmlClass lets an equation mark a term. Anything else renders as red error text.
	trust: (context) => context.command === '\\htmlData' || context.command === '\\htmlClass',
	macros: {
		'\\sym': '\\htmlData{symbol=#1}{#2}'
	}
};
