import { afterEach, describe, expect, it } from 'vitest';
import { ensurePython, findPython, probePython } from './python.js';

const saved = process.env.PYTHON;
afterEach(() => {
	if (saved === undefined) delete process.env.PYTHON;
	else process.env.PYTHON = saved;
});

describe('finding Python with numpy for the complete program’s test', () => {
	it.each([
		{ command: '/nonexistent/python3', problem: 'not found' },
		// Node is an executable, but not a Python: its error is reported, not taken for numpy.
		{ command: process.execPath, problem: /./ }
	])('probePython reports why $command will not do', ({ command, problem }) => {
		const probe = probePython(command);
		expect('problem' in probe && probe.problem).toMatch(problem);
	});

	it('PYTHON names the one interpreter to try, and its problem is reported', () => {
		process.env.PYTHON = '/nonexistent/python3';
		expect(findPython()).toEqual({ problems: ['/nonexistent/python3: not found'] });
	});

	it('says exactly what to install when no Python with numpy is found', () => {
		process.env.PYTHON = '/nonexistent/python3';
		expect(() => ensurePython()).toThrow(/sudo apt-get install python3-numpy/);
		expect(() => ensurePython()).toThrow(/Tried \/nonexistent\/python3: not found/);
	});
});
