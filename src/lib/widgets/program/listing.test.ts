import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programParts, tokenize, tokenLines } from './listing';

const program = readFileSync('static/from_scratch.py', 'utf8');

describe('tokenize', () => {
	it.each([
		{ source: 'def ReLU(Z):', kinds: ['keyword', 'text', 'function', 'text'] },
		{ source: 'return np.maximum(Z, 0)', kinds: ['keyword', 'text', 'number', 'text'] },
		{ source: 'x = "a # b"  # note', kinds: ['text', 'string', 'text', 'comment'] },
		{ source: 'print(f"{i:4d}")', kinds: ['builtin', 'text', 'string', 'text'] },
		{ source: 'y = 1e-5 + 2.5', kinds: ['text', 'number', 'text', 'number'] }
	])('colours $source', ({ source, kinds }) => {
		const tokens = tokenize(source);
		expect(tokens.map((t) => t.text).join('')).toBe(source);
		expect(tokens.map((t) => t.kind)).toEqual(kinds);
	});

	it('keeps every character of the whole program, in order', () => {
		expect(
			tokenize(program)
				.map((t) => t.text)
				.join('')
		).toBe(program);
	});

	it('reads a docstring as one string across its lines', () => {
		const lines = tokenLines('"""one\ntwo"""\nx');
		expect(lines).toEqual([
			[{ kind: 'string', text: '"""one' }],
			[{ kind: 'string', text: 'two"""' }],
			[{ kind: 'text', text: 'x' }]
		]);
	});
});

describe('programParts', () => {
	const parts = programParts(program);

	it('cuts the program into parts whose texts joined are the file, byte for byte', () => {
		expect(parts.map((p) => p.text).join('')).toBe(program);
	});

	it('names the parts after their markers, in the file’s order', () => {
		expect(parts.map((p) => p.id)).toEqual([
			'top',
			'data',
			'params',
			'forward',
			'backward',
			'update',
			'measure',
			'loop',
			'main'
		]);
	});

	it('numbers each part’s lines as the file does, with no gap or overlap', () => {
		const total = program.split('\n').length - 1;
		expect(parts[0].first).toBe(1);
		parts.slice(1).forEach((p, k) => expect(p.first).toBe(parts[k].last + 1));
		expect(parts.at(-1)?.last).toBe(total);
		for (const p of parts) expect(p.lines.length).toBe(p.last - p.first + 1);
	});

	it('handles a file with no markers and one that starts with one', () => {
		expect(programParts('x = 1\n').map((p) => [p.id, p.first, p.last])).toEqual([['top', 1, 1]]);
		expect(programParts('# %% a: A\nx\n').map((p) => [p.id, p.title])).toEqual([['a', 'A']]);
	});
});
