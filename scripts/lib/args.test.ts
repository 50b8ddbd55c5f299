import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type ArgSpec } from './args';

const spec: ArgSpec = {
	iterations: { kind: 'int' },
	alpha: { kind: 'number' },
	activation: { kind: 'string', choices: ['relu', 'leaky-relu'] },
	js: { kind: 'flag' },
	float64: { kind: 'flag' }
};

describe('parseArgs', () => {
	it('reads --name value and --name=value', () => {
		expect(
			parseArgs(['--iterations', '500', '--alpha=0.1', '--activation', 'relu', '--js'], spec)
		).toEqual({
			iterations: 500,
			alpha: 0.1,
			activation: 'relu',
			js: true
		});
	});

	it('reads a negative value written with =, and keeps the last of a repeated option', () => {
		expect(parseArgs(['--alpha=-0.5', '--iterations', '5', '--iterations=6'], spec)).toEqual({
			alpha: -0.5,
			iterations: 6
		});
	});

	it('reads names with digits, such as --float64', () => {
		expect(parseArgs(['--float64'], spec)).toEqual({ float64: true });
	});

	it.each([
		[['--iterations', '1.5'], /--iterations needs a whole number, got '1.5'/],
		[['--alpha', 'fast'], /--alpha needs a number, got 'fast'/],
		[['--alpha'], /--alpha needs a value/],
		[['--activation', 'tanh'], /--activation must be one of relu, leaky-relu, got 'tanh'/],
		[['--speed', '1'], /unknown option --speed/],
		[['500'], /unexpected argument '500'/],
		[['--', '500'], /unexpected argument '500'/],
		[['-x'], /unknown option -x/],
		[['--alpha='], /--alpha needs a number, got ''/],
		[['--alpha', '--js'], /--alpha needs a value$/],
		[['--alpha', '-0.5'], /--alpha needs a value; for one starting with '-' write --alpha=-0.5/],
		[['--js=yes'], /--js takes no value/]
	])('rejects %j', (argv, message) => {
		expect(() => parseArgs(argv, spec)).toThrow(UsageError);
		expect(() => parseArgs(argv, spec)).toThrow(message);
	});
});
