/**
 * One question of the by-hand exercise: an entry of a step's result that a person can work out
 * with pencil and calculator, the numbers they need, and the working, line by line. The page
 * supplies what no one computes by hand (a 784-term sum); everything else is left to the
 * learner. Every number here is the engine's; a page only formats them.
 */
import type { NetworkConfig } from '../config';
import type { StepId } from '../steps/step';
import type { MatrixName, SymbolName } from '../symbols';

/** An entry of a symbol, e.g. W¹[3, 406]; `at` is empty for α. */
export interface Ref {
	readonly symbol: SymbolName;
	readonly at: readonly number[];
}

/** One number given to the learner, with what it is. */
export interface GivenValue {
	readonly kind: 'value';
	readonly ref?: Ref;
	/** Said instead of a symbol, e.g. "the file's pixel value". */
	readonly words?: string;
	readonly value: number;
}

/**
 * A row or column of numbers indexed by one letter, e.g. W²[7, k] and A¹[k, 0] for k = 0…9.
 * `pattern` places the letter: [7, null] is row 7 with the letter for the column.
 */
export interface GivenTable {
	readonly kind: 'table';
	readonly letter: 'k' | 'j';
	readonly keys: readonly number[];
	readonly rows: readonly {
		readonly symbol: SymbolName;
		readonly pattern: readonly (number | null)[];
		readonly values: readonly number[];
	}[];
}

export type Given = GivenValue | GivenTable;

/**
 * How a line of working combines its operands:
 * product a × b · sum a + b + … · difference a − b · quotient a ÷ b ·
 * exp e^(z − max), its operand z − max (and z's entry) · scale (1/m) × s, operands [m, s] ·
 * relu max(0, z) · leaky z, or z × slope when z ≤ 0, operands [z, slope] ·
 * slope g′(z), operand z · onehot 1 if the image's digit is the row, operands [digit, row] ·
 * max the largest operand · value the number itself, given.
 */
export type Form =
	| 'product'
	| 'sum'
	| 'difference'
	| 'quotient'
	| 'exp'
	| 'scale'
	| 'relu'
	| 'leaky'
	| 'slope'
	| 'onehot'
	| 'max'
	| 'value';

/** A number a line of working uses, and which entry it is when it is one. */
export interface Operand {
	readonly value: number;
	readonly ref?: Ref;
}

export interface WorkingLine {
	/** What the line computes: an entry, or words such as "the other 781 terms". */
	readonly ref?: Ref;
	readonly words?: string;
	readonly form: Form;
	readonly operands: readonly Operand[];
	readonly value: number;
}

export interface HandQuestion {
	readonly step: StepId;
	/** The entry asked for; `cell` is its [row, column] in the step's result. */
	readonly asked: Ref & { readonly symbol: MatrixName };
	readonly cell: readonly [number, number];
	readonly given: readonly Given[];
	readonly working: readonly WorkingLine[];
	/** The entry as the working gets it, which is the engine's own, bit for bit. */
	readonly answer: number;
	/**
	 * The size of the numbers the answer is made of (Σ of the terms' sizes): an answer worked
	 * from numbers rounded to 6 figures can be off by about 10⁻⁵ of it.
	 */
	readonly scale: number;
}

export const ref = <S extends SymbolName>(symbol: S, ...at: number[]): Ref & { symbol: S } => ({
	symbol,
	at
});

export const value = (value: number, named: Ref | string): GivenValue =>
	typeof named === 'string'
		? { kind: 'value', words: named, value }
		: { kind: 'value', ref: named, value };

export const of = (value: number, ref?: Ref): Operand => (ref ? { value, ref } : { value });

/** A line of working; bare numbers among the operands are operands without an entry. */
export function line(
	named: Ref | string | undefined,
	form: Form,
	operands: readonly (number | Operand)[],
	result: number
): WorkingLine {
	const ops = operands.map((o) => (typeof o === 'number' ? { value: o } : o));
	const base = { form, operands: ops, value: result };
	if (named === undefined) return base;
	return typeof named === 'string' ? { words: named, ...base } : { ref: named, ...base };
}

/** Σ |vᵢ|: how large the numbers an answer is made of are. */
export function sizeOf(values: Iterable<number>): number {
	let total = 0;
	for (const v of values) total += Math.abs(v);
	return total;
}

/** Row i of a matrix as numbers. */
export function rowOf(m: { shape: readonly [number, number]; data: Float64Array }, i: number) {
	return Array.from(m.data.subarray(i * m.shape[1], (i + 1) * m.shape[1]));
}

/** Column j of a matrix as numbers. */
export function columnOf(m: { shape: readonly [number, number]; data: Float64Array }, j: number) {
	return Array.from({ length: m.shape[0] }, (_, i) => m.data[i * m.shape[1] + j]);
}

/** What a question needs besides the iteration's values. */
export interface HandSetup {
	readonly network: Pick<NetworkConfig, 'activation' | 'leakySlope'>;
	readonly alpha: number;
	/** The file's byte (0–255) for pixel p of image j: what X[p, j] was divided from. */
	readonly pixelByte: (pixel: number, image: number) => number;
}
