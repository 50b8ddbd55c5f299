/**
 * What static/from_scratch.py prints, read back into numbers, and compared with the engine's
 * own run. The program prints four decimals; a printed number agrees with the engine's
 * when it is that number rounded, i.e. within half a unit of the fourth decimal.
 */

/** One progress line: `iteration   10: loss 2.2819, train accuracy 0.1545, test 0.1635`. */
export interface ProgressLine {
	readonly iteration: number;
	readonly loss: number;
	readonly trainAccuracy: number;
	readonly testAccuracy: number;
}

export interface ProgramOutput {
	readonly progress: readonly ProgressLine[];
	/** The last line, `test accuracy: 0.8348`, as printed and as a number. */
	readonly testAccuracyText: string;
	readonly testAccuracy: number;
}

const PROGRESS =
	/^iteration\s+(\d+): loss (\d+\.\d{4}), train accuracy (\d\.\d{4}), test (\d\.\d{4})$/;
const FINAL = /^test accuracy: (\d\.\d{4})$/;

/** Parses the program's stdout; throws, quoting the line, on anything it does not expect. */
export function parseProgramOutput(stdout: string): ProgramOutput {
	const lines = stdout.trim().split('\n');
	if (!lines[0]?.startsWith('training 784-10-10 on ')) {
		throw new Error(
			`from_scratch.py: expected a "training 784-10-10 on …" line, got "${lines[0]}"`
		);
	}
	const last = lines.at(-1) ?? '';
	const final = FINAL.exec(last);
	if (!final)
		throw new Error(`from_scratch.py: expected "test accuracy: 0.xxxx" last, got "${last}"`);
	const progress = lines.slice(1, -1).map((line) => {
		const match = PROGRESS.exec(line);
		if (!match) throw new Error(`from_scratch.py: unexpected line "${line}"`);
		const [iteration, loss, trainAccuracy, testAccuracy] = match.slice(1).map(Number);
		return { iteration, loss, trainAccuracy, testAccuracy };
	});
	return { progress, testAccuracyText: final[1], testAccuracy: Number(final[1]) };
}

/** Half a unit of the fourth decimal, and a little for the double's own rounding. */
const HALF_UNIT = 0.5e-4 + 1e-12;

/**
 * Every way the printed output differs from the engine's exact numbers: a missing or extra
 * line, or a printed value that is not the engine's rounded to four decimals. Empty when the
 * two agree.
 */
export function compareOutput(
	printed: ProgramOutput,
	engine: readonly ProgressLine[],
	engineTestAccuracy: number
): string[] {
	const problems: string[] = [];
	const iterations = (lines: readonly ProgressLine[]) => lines.map((l) => l.iteration).join(', ');
	if (iterations(printed.progress) !== iterations(engine)) {
		problems.push(
			`progress at iterations ${iterations(printed.progress)}, the engine's at ${iterations(engine)}`
		);
		return problems;
	}
	printed.progress.forEach((line, k) => {
		for (const key of ['loss', 'trainAccuracy', 'testAccuracy'] as const) {
			if (!(Math.abs(line[key] - engine[k][key]) <= HALF_UNIT)) {
				problems.push(
					`iteration ${line.iteration}: ${key} printed ${line[key]}, the engine's is ${engine[k][key]}`
				);
			}
		}
	});
	const expected = engineTestAccuracy.toFixed(4);
	if (printed.testAccuracyText !== expected) {
		problems.push(`test accuracy printed ${printed.testAccuracyText}, the engine's is ${expected}`);
	}
	return problems;
}
