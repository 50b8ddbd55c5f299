import { describe, expect, it } from 'vitest';
import { compareOutput, parseProgramOutput } from './program-output';

const OUTPUT = `training 784-10-10 on 60000 images: alpha 0.5, seed 3
iteration   10: loss 1.8618, train accuracy 0.3750, test 0.4247
iteration   20: loss 1.2030, train accuracy 0.6022, test 0.6230
test accuracy: 0.6230
`;

const engine = [
	{
		iteration: 10,
		loss: 1.8617873223461465,
		trainAccuracy: 0.37501666666666666,
		testAccuracy: 0.4247
	},
	{
		iteration: 20,
		loss: 1.2030404643621975,
		trainAccuracy: 0.6021666666666666,
		testAccuracy: 0.623
	}
];

describe('parseProgramOutput', () => {
	it('reads every progress line and the closing test accuracy', () => {
		const out = parseProgramOutput(OUTPUT);
		expect(out.progress).toEqual([
			{ iteration: 10, loss: 1.8618, trainAccuracy: 0.375, testAccuracy: 0.4247 },
			{ iteration: 20, loss: 1.203, trainAccuracy: 0.6022, testAccuracy: 0.623 }
		]);
		expect([out.testAccuracyText, out.testAccuracy]).toEqual(['0.6230', 0.623]);
	});

	it.each([
		{ text: 'hello\ntest accuracy: 0.5000', message: 'expected a "training 784-10-10 on …" line' },
		{ text: OUTPUT.replace('test accuracy: 0.6230', 'done'), message: 'got "done"' },
		{
			text: OUTPUT.replace('loss 1.2030', 'loss nan'),
			message: 'unexpected line "iteration   20: loss nan'
		},
		{
			text: OUTPUT.replace('test accuracy: 0.6230', 'test accuracy: 0.623'),
			message: 'expected "test accuracy: 0.xxxx" last'
		}
	])('rejects output with $message', ({ text, message }) => {
		expect(() => parseProgramOutput(text)).toThrow(message);
	});
});

describe('compareOutput', () => {
	const printed = parseProgramOutput(OUTPUT);

	it('finds nothing when every printed figure is the engine’s rounded to four decimals', () => {
		expect(compareOutput(printed, engine, 0.623)).toEqual([]);
	});

	it.each([
		{
			name: 'a loss one unit off in the fourth decimal',
			engine: [{ ...engine[0], loss: 1.8619 }, engine[1]],
			test: 0.623,
			problem: 'iteration 10: loss printed 1.8618'
		},
		{
			name: 'a train accuracy off by one image in 60,000 across a rounding edge',
			engine: [engine[0], { ...engine[1], trainAccuracy: 0.60225 + 1e-9 }],
			test: 0.623,
			problem: 'iteration 20: trainAccuracy printed 0.6022'
		},
		{
			name: 'another final test accuracy',
			engine,
			test: 0.6231,
			problem: "test accuracy printed 0.6230, the engine's is 0.6231"
		},
		{
			name: 'progress at other iterations',
			engine: engine.slice(0, 1),
			test: 0.623,
			problem: "progress at iterations 10, 20, the engine's at 10"
		}
	])('reports $name', ({ engine: lines, test, problem }) => {
		const problems = compareOutput(printed, lines, test);
		expect(problems.join('\n')).toContain(problem);
	});
});
