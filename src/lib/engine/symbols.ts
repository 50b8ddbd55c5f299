/**
 * The notes' symbols as the engine names them. The list itself lives in src/lib/symbols.js
 * (plain data, no DOM, readable by the build before TypeScript runs); this module gives the
 * engine its typed view of it.
 */
import { SYMBOLS, SYMBOL_NAMES as NAMES, type SymbolName as Name } from '../symbols.js';

/** One of the notes' symbols, e.g. 'W1' for W¹. */
export type SymbolName = Name;

export const SYMBOL_NAMES: readonly SymbolName[] = NAMES;

/** The symbols that stand for a matrix: every one but the learning rate α. */
export type MatrixName = Exclude<SymbolName, 'alpha'>;

/** How each symbol is written in TeX in the chapters. */
export const SYMBOL_TEX: Readonly<Record<SymbolName, string>> = Object.freeze(
	Object.fromEntries(NAMES.map((name) => [name, SYMBOLS[name].tex])) as Record<SymbolName, string>
);

/** How a screen reader should say each symbol: "W[1]", "alpha". */
export function spoken(name: SymbolName): string {
	return SYMBOLS[name].spoken;
}

/**
 * The symbol tagged for the chapters' macro: `\sym{W1}{W^{[1]}}`.
 * @example sym('Z1') // '\\sym{Z1}{Z^{[1]}}'
 */
export function sym(name: SymbolName): string {
	return `\\sym{${name}}{${SYMBOL_TEX[name]}}`;
}

/** True if `name` is one of the symbols. */
export function isSymbolName(name: string): name is SymbolName {
	return (NAMES as readonly string[]).includes(name);
}
