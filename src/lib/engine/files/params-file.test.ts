import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../config';
import { initParams } from '../init';
import { paramsFileJson, parseParamsFile, ParamsFileError, type ParamsFile } from './params-file';

const file: ParamsFile = {
	setup: {
		network: { ...DEFAULT_NETWORK, seed: 3 },
		optimizer: { kind: 'gd', alpha: 0.1 },
		iterations: 500,
		trainSize: 60000
	},
	trained: { iterations: 120, trainAccuracy: 0.75, testAccuracy: 0.7625 },
	params: initParams({ ...DEFAULT_NETWORK, seed: 3 }),
	history: {
		iterations: [
			{ iteration: 1, loss: 2.41, accuracy: 0.0987 },
			{ iteration: 2, loss: 2.3, accuracy: 0.11 },
			{ iteration: 120, loss: 0.8, accuracy: 0.74 }
		],
		tests: [{ iteration: 120, loss: 0.79, accuracy: 0.7625 }]
	}
};

/** The saved JSON with one change made by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the saved JSON freely
function edited(edit: (json: Record<string, any>) => void): string {
	const json = JSON.parse(JSON.stringify(paramsFileJson(file)));
	edit(json);
	return JSON.stringify(json);
}

describe('parseParamsFile', () => {
	it('reads back exactly what was saved', () => {
		const back = parseParamsFile(JSON.stringify(paramsFileJson(file)));
		expect(back.setup).toEqual(file.setup);
		expect(back.trained).toEqual(file.trained);
		expect(back.history).toEqual(file.history);
		for (const name of ['W1', 'b1', 'W2', 'b2'] as const) {
			expect(back.params[name].shape).toEqual(file.params[name].shape);
			expect(back.params[name].data).toEqual(file.params[name].data);
		}
	});

	it.each([
		['mini-batch', { kind: 'minibatch', alpha: 0.5, batchSize: 128 }],
		['Adam', { kind: 'adam', alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }]
	])('keeps a %s optimizer', (_, optimizer) => {
		const back = parseParamsFile(edited((j) => (j.setup.optimizer = optimizer)));
		expect(back.setup.optimizer).toEqual(optimizer);
	});

	it('writes version 2, with the curves as columns numpy reads as arrays', () => {
		const json = JSON.parse(JSON.stringify(paramsFileJson(file)));
		expect(json.version).toBe(2);
		expect(json.history.iterations).toEqual({
			iteration: [1, 2, 120],
			loss: [2.41, 2.3, 0.8],
			accuracy: [0.0987, 0.11, 0.74]
		});
		expect(json.history.tests.iteration).toEqual([120]);
	});

	it('still reads a version 1 file, which has no curves', () => {
		const old = edited((j) => {
			j.version = 1;
			delete j.history;
		});
		const back = parseParamsFile(old);
		expect(back.history).toBeUndefined();
		expect(back.trained).toEqual(file.trained);
		expect(back.params.W1.data).toEqual(file.params.W1.data);
	});

	it('reads a network with another hidden size when every shape agrees with it', () => {
		const network = { ...DEFAULT_NETWORK, hidden: 16, activation: 'leaky-relu' as const };
		const text = JSON.stringify(
			paramsFileJson({ ...file, setup: { ...file.setup, network }, params: initParams(network) })
		);
		expect(parseParamsFile(text).params.W2.shape).toEqual([10, 16]);
	});

	it.each([
		['text that is not JSON', 'W1 = [[0.1, 0.2]]', /^not JSON: /],
		['a JSON array', '[1, 2]', 'the file: expected an object'],
		[
			'another format',
			edited((j) => (j.format = 'from-scratch-trace')),
			'format: "from-scratch-trace", expected \'from-scratch-params\''
		],
		['a newer version', edited((j) => (j.version = 3)), 'version: 3, this reader knows 1 to 2'],
		[
			'a version 2 file without its curves',
			edited((j) => delete j.history),
			'history: expected an object'
		],
		[
			'curves of different lengths',
			edited((j) => j.history.iterations.loss.pop()),
			'history.iterations: iteration, loss and accuracy hold 3, 2, 3 numbers; they must be as long'
		],
		[
			'iterations out of order',
			edited((j) => (j.history.iterations.iteration = [1, 3, 2])),
			'history.iterations.iteration[2]: 2 must be a whole number above 3 and at most 120'
		],
		[
			'a test measured after the last update',
			edited((j) => (j.history.tests.iteration = [121])),
			'history.tests.iteration[0]: 121 must be a whole number above 0 and at most 120 (trained.iterations)'
		],
		[
			'a loss written as text',
			edited((j) => (j.history.tests.loss = ['0.8'])),
			'history.tests.loss[0]: expected a finite number, got "0.8"'
		],
		[
			'an accuracy in percent',
			edited((j) => (j.history.iterations.accuracy[0] = 9.87)),
			'history.iterations.accuracy[0]: 9.87 is not a fraction from 0 to 1'
		],
		['no setup', edited((j) => delete j.setup), 'setup: expected an object'],
		[
			'a bad activation',
			edited((j) => (j.setup.network.activation = 'tanh')),
			"setup.network.activation: \"tanh\" is not 'relu' or 'leaky-relu'"
		],
		[
			'a fractional hidden size',
			edited((j) => (j.setup.network.hidden = 2.5)),
			'setup.network.hidden: 2.5 must be a whole number ≥ 1'
		],
		[
			'a negative α',
			edited((j) => (j.setup.optimizer.alpha = -1)),
			'setup.optimizer: α = -1 must be a finite number > 0'
		],
		[
			'an unknown optimizer',
			edited((j) => (j.setup.optimizer.kind = 'sgd')),
			'setup.optimizer.kind: "sgd"'
		],
		[
			'a mini-batch without its size',
			edited((j) => (j.setup.optimizer = { kind: 'minibatch', alpha: 1 })),
			'setup.optimizer.batchSize: expected a finite number'
		],
		[
			'too many training images',
			edited((j) => (j.setup.trainSize = 70000)),
			'setup.trainSize: 70000 must be a whole number from 1 to 60000'
		],
		[
			'an accuracy above 1',
			edited((j) => (j.trained.testAccuracy = 83.5)),
			'trained.testAccuracy: 83.5 is not a fraction from 0 to 1'
		],
		['no parameters', edited((j) => delete j.params), 'params: expected an object'],
		['a missing b2', edited((j) => delete j.params.b2), 'params.b2: expected an object'],
		[
			'W1 of the wrong shape',
			edited((j) => (j.params.W1 = { shape: [10, 780], data: new Array(7800).fill(0) })),
			'params.W1: shape [10, 780] should be [10, 784] (hidden = 10 in setup.network.hidden)'
		],
		[
			'a hidden size the matrices do not have',
			edited((j) => (j.setup.network.hidden = 12)),
			'params.W1: shape [10, 784] should be [12, 784] (hidden = 12 in setup.network.hidden)'
		],
		[
			'W1 short of numbers',
			edited((j) => j.params.W1.data.pop()),
			'params.W1.data: shape [10, 784] needs 7840 numbers, got 7839'
		],
		[
			'a matrix without a shape',
			edited((j) => delete j.params.b1.shape),
			'params.b1.shape: expected [rows, cols], got undefined'
		],
		[
			'a W1 entry finite in float64 but not in float32',
			edited((j) => (j.params.W1.data[5] = 1e300)),
			"params.W1.data[5]: 1e+300 is beyond float32's range (about 3.4e38), where the lab trains"
		],
		[
			'a literal beyond float64, which JSON reads as Infinity',
			edited((j) => (j.params.b2.data[0] = 0.5)).replace(
				'"b2":{"shape":[10,1],"data":[0.5',
				'"b2":{"shape":[10,1],"data":[1e999'
			),
			"params.b2.data[0]: expected a finite number, got a number beyond float64's range (about 1.8e308), read as Infinity"
		],
		[
			'weights each finite in float32 whose forward pass overflows',
			edited((j) => (j.params.W1.data = j.params.W1.data.map(() => 3e38))),
			/^params: these weights are too large to train: an image could give \|Z2\| up to .*, beyond float32's 3\.40e\+38/
		],
		[
			'an absurd count of updates',
			edited((j) => (j.trained.iterations = 1e20)),
			'trained.iterations: 100000000000000000000 must be a whole number from 0 to 1000000'
		],
		[
			'an absurd length of run',
			edited((j) => (j.setup.iterations = 2 ** 53)),
			'setup.iterations: 9007199254740992 must be a whole number from 1 to 1000000'
		],
		[
			'a number written as text',
			edited((j) => (j.params.b1.data[3] = '0.5')),
			'params.b1.data[3]: expected a finite number, got "0.5"'
		]
	])('refuses %s, naming the field', (_, text, message) => {
		expect(text).not.toBe(JSON.stringify(paramsFileJson(file)));
		const attempt = () => parseParamsFile(text);
		expect(attempt).toThrow(ParamsFileError);
		expect(attempt).toThrow(message);
	});
});
