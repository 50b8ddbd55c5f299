import { SYMBOLS } from './symbols.js';

/**
 * CSS giving each symbol its one colour, wherever `data-symbol` appears: in a rendered
 * equation, a widget's label or a legend. Generated from the registry so a colour is set
 * in exactly one place.
 */
export function symbolStyles(): string {
	const rules = Object.entries(SYMBOLS).map(
		([name, info]) => `[data-symbol="${name}"]{--sym-color:${info.color}}`
	);
	return `${rules.join('')}.katex [data-symbol]{color:var(--sym-color)}`;
}
