import { describe, expect, it } from 'vitest';
import { isSymbolName, spoken, sym, SYMBOL_NAMES } from './symbols';

describe("the engine's symbols", () => {
	it('lists every matrix of an iteration and the learning rate', () => {
		const expected = ['X', 'Y', 'A0', 'W1', 'b1', 'Z1', 'A1', 'W2', 'b2', 'Z2', 'A2'];
		const gradients = ['dZ2', 'dW2', 'db2', 'dZ1', 'dW1', 'db1'];
		expect([...SYMBOL_NAMES].sort()).toEqual([...expected, ...gradients, 'alpha'].sort());
	});

	it("sym() wraps a symbol in the chapters' macro", () => {
		expect(sym('W1')).toBe('\\sym{W1}{W^{[1]}}');
		expect(sym('dZ2')).toBe('\\sym{dZ2}{dZ^{[2]}}');
		expect(sym('alpha')).toBe('\\sym{alpha}{\\alpha}');
	});

	it.each([
		['W1', 'W[1]'],
		['db2', 'db[2]'],
		['alpha', 'alpha']
	] as const)('spoken(%s) is "%s"', (name, words) => {
		expect(spoken(name)).toBe(words);
	});

	it('isSymbolName accepts only listed names', () => {
		expect(isSymbolName('dZ1')).toBe(true);
		expect(isSymbolName('W_1')).toBe(false);
	});
});
