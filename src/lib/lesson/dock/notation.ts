import type { SymbolName } from '$lib/engine/symbols';

const SUPERSCRIPT = ['⁰', '¹', '²'];

/**
 * The notes' own compact notation, W¹ rather than W[1], where room is short: the timeline's
 * fifteen labels, the names over the network drawing.
 * @example compactSymbol('dZ2') // 'dZ²'
 */
export function compactSymbol(name: SymbolName): string {
	return name === 'alpha' ? 'α' : name.replace(/(\d)$/, (d) => SUPERSCRIPT[Number(d)]);
}
