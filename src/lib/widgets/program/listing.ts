/**
 * A Python source file as the chapter shows it: cut into the parts its `# %% name: title`
 * markers open (Jupytext's "percent" cells), each a list of lines, each line a list of
 * coloured tokens. Plain data for Svelte to draw; no HTML strings, so nothing is injected.
 */

export type TokenKind =
	'comment' | 'string' | 'keyword' | 'builtin' | 'number' | 'function' | 'text';

export interface Token {
	readonly kind: TokenKind;
	readonly text: string;
}

export interface Part {
	/** The name after `# %%`, or 'top' for the lines before the first marker. */
	readonly id: string;
	readonly title: string;
	/** Line numbers in the file, from 1, of the part's first and last lines. */
	readonly first: number;
	readonly last: number;
	readonly lines: readonly (readonly Token[])[];
	/** The part's text exactly as in the file, newlines included. */
	readonly text: string;
}

const KEYWORDS = new Set(
	'and as assert break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield'.split(
		' '
	)
);
const BUILTINS = new Set(
	'abs all any float int len max min open print range str sum tuple zip'.split(' ')
);
const TOKEN =
	/("""[\s\S]*?"""|[rbf]{0,2}"(?:\\.|[^"\\\n])*"|[rbf]{0,2}'(?:\\.|[^'\\\n])*')|(#[^\n]*)|(\b\d+(?:\.\d*)?(?:e[+-]?\d+)?)|\b([A-Za-z_]\w*)\b/g;

/** The tokens of `source`, in order, runs of plain text merged; joined, they are `source`. */
export function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	const push = (kind: TokenKind, text: string) => {
		const end = tokens[tokens.length - 1];
		if (kind === 'text' && end?.kind === 'text')
			tokens[tokens.length - 1] = { kind, text: end.text + text };
		else tokens.push({ kind, text });
	};
	let last = 0;
	let previous = '';
	for (const match of source.matchAll(TOKEN)) {
		const at = match.index ?? 0;
		if (at > last) push('text', source.slice(last, at));
		const [text, string, comment, number, word] = match;
		const kind: TokenKind = string
			? 'string'
			: comment
				? 'comment'
				: number
					? 'number'
					: KEYWORDS.has(word)
						? 'keyword'
						: previous === 'def'
							? 'function'
							: BUILTINS.has(word)
								? 'builtin'
								: 'text';
		push(kind, text);
		if (word) previous = word;
		last = at + text.length;
	}
	if (last < source.length) push('text', source.slice(last));
	return tokens;
}

/** The tokens of `source` split at its newlines: one list per line (a docstring is cut too). */
export function tokenLines(source: string): Token[][] {
	const lines: Token[][] = [[]];
	for (const token of tokenize(source)) {
		token.text.split('\n').forEach((piece, k) => {
			if (k > 0) lines.push([]);
			if (piece !== '') lines[lines.length - 1].push({ kind: token.kind, text: piece });
		});
	}
	return lines;
}

const MARKER = /^# %% ([\w-]+): (.*)$/;

/**
 * The parts of a file, in order; their texts joined are the file exactly.
 * @example programParts('x = 1\n# %% a: First\ny = 2\n').map((p) => p.id) // ['top', 'a']
 */
export function programParts(source: string): Part[] {
	const lines = source.split('\n');
	const starts: { id: string; title: string; at: number }[] = [{ id: 'top', title: '', at: 0 }];
	lines.forEach((line, k) => {
		const match = MARKER.exec(line);
		if (match) starts.push({ id: match[1], title: match[2], at: k });
	});
	if (starts.length > 1 && starts[1].at === 0) starts.shift();
	return starts.map((start, k) => {
		const end = k + 1 < starts.length ? starts[k + 1].at : lines.length;
		const own = lines.slice(start.at, end);
		const text = own.join('\n') + (end < lines.length ? '\n' : '');
		// The file's closing newline leaves an empty last piece, which is no line of its own.
		const count = own.length - (end === lines.length && own.at(-1) === '' ? 1 : 0);
		return {
			id: start.id,
			title: start.title,
			first: start.at + 1,
			last: start.at + count,
			lines: tokenLines(text.replace(/\n$/, '')),
			text
		};
	});
}
