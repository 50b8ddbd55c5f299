/**
 * The scripts' command lines: `--name value` or `--name=value`, every name declared with its
 * kind, so a typo or a bad number is a usage error rather than a default. node:util's
 * parseArgs reads them in strict mode; this adds numbers, choices and messages that say
 * which option is wrong and what it got.
 */
import { parseArgs as parseNodeArgs } from 'node:util';

export type ArgSpec = Record<
	string,
	{ kind: 'int' | 'number' | 'string' | 'flag'; choices?: readonly string[] }
>;
export type ParsedArgs = Record<string, string | number | boolean | undefined>;

export class UsageError extends Error {
	override name = 'UsageError';
}

type NodeOptions = Record<string, { type: 'string' | 'boolean' }>;

/** Parses `argv` (without node and the script) against `spec`; throws UsageError on anything off. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
	const options: NodeOptions = Object.fromEntries(
		Object.entries(spec).map(([name, { kind }]) => [
			name,
			{ type: kind === 'flag' ? 'boolean' : 'string' }
		])
	);
	let values: Record<string, string | boolean | undefined>;
	try {
		({ values } = parseNodeArgs({ args: [...argv], options, strict: true }));
	} catch (error) {
		throw usageError(error, argv, options);
	}
	const out: ParsedArgs = {};
	for (const [name, value] of Object.entries(values)) {
		out[name] = typeof value === 'string' ? checked(name, value, spec[name]) : value;
	}
	return out;
}

/** A string option's value as its kind: a choice, a number or a whole number. */
function checked(name: string, value: string, option: ArgSpec[string]): string | number {
	if (option.kind === 'string') {
		if (option.choices && !option.choices.includes(value)) {
			throw new UsageError(`--${name} must be one of ${option.choices.join(', ')}, got '${value}'`);
		}
		return value;
	}
	const n = Number(value);
	if (
		value.trim() === '' ||
		!Number.isFinite(n) ||
		(option.kind === 'int' && !Number.isInteger(n))
	) {
		throw new UsageError(
			`--${name} needs ${option.kind === 'int' ? 'a whole number' : 'a number'}, got '${value}'`
		);
	}
	return n;
}

/**
 * What strict parsing refused, said in the scripts' words: node's own message names the
 * problem, and reading the arguments again as tokens finds the one it was about.
 */
function usageError(error: unknown, argv: readonly string[], options: NodeOptions): Error {
	const code = (error as { code?: unknown }).code;
	if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return error as Error;
	const { tokens } = parseNodeArgs({ args: [...argv], options, strict: false, tokens: true });
	for (const token of tokens) {
		if (token.kind === 'positional') return new UsageError(`unexpected argument '${token.value}'`);
		if (token.kind !== 'option') continue;
		const option = options[token.name];
		if (!option) return new UsageError(`unknown option ${token.rawName}`);
		if (option.type === 'boolean' && token.value !== undefined) {
			return new UsageError(`--${token.name} takes no value`);
		}
		if (option.type === 'string' && (token.value === undefined || token.value.startsWith('--'))) {
			return new UsageError(`--${token.name} needs a value`);
		}
		if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
			return new UsageError(
				`--${token.name} needs a value; for one starting with '-' write --${token.name}=${token.value}`
			);
		}
	}
	return new UsageError((error as Error).message);
}
