/**
 * A small command-line parser for the scripts: `--name value` or `--name=value`, every name
 * declared with its kind, so a typo or a bad number is a usage error rather than a default.
 */

export type ArgSpec = Record<
	string,
	{ kind: 'int' | 'number' | 'string' | 'flag'; choices?: readonly string[] }
>;
export type ParsedArgs = Record<string, string | number | boolean | undefined>;

export class UsageError extends Error {
	override name = 'UsageError';
}

/** Parses `argv` (without node and the script) against `spec`; throws UsageError on anything off. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
	const out: ParsedArgs = {};
	for (let i = 0; i < argv.length; i++) {
		const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(argv[i]);
		if (!match) throw new UsageError(`unexpected argument '${argv[i]}'`);
		const [, name, inline] = match;
		const option = spec[name];
		if (option === undefined) throw new UsageError(`unknown option --${name}`);
		if (option.kind === 'flag') {
			if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
			out[name] = true;
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		if (option.kind === 'string') {
			if (option.choices && !option.choices.includes(value)) {
				throw new UsageError(
					`--${name} must be one of ${option.choices.join(', ')}, got '${value}'`
				);
			}
			out[name] = value;
			continue;
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
		out[name] = n;
	}
	return out;
}
