// Finds a Python 3 with numpy for the test of the complete program (static/from_scratch.py),
// as browser.js finds Chromium: PYTHON if set, else python3 or python on the PATH; as root on
// a Debian-like system it installs Debian's python3-numpy; otherwise it says what to install.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's own interpreter last: apt's python3-numpy goes there even when another python3
// comes first on the PATH.
const NAMES = ['python3', 'python', '/usr/bin/python3'];

/**
 * numpy's version if `command` is a Python 3 that can import it, else why not.
 * @param {string} command
 * @returns {{ numpy: string } | { problem: string }}
 */
export function probePython(command) {
	try {
		const out = execFileSync(
			command,
			[
				'-c',
				'import sys; assert sys.version_info[0] == 3, "not Python 3"; import numpy; print(numpy.__version__)'
			],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }
		);
		return { numpy: out.trim() };
	} catch (error) {
		const e = /** @type {{ code?: string, stderr?: string }} */ (error);
		if (e.code === 'ENOENT') return { problem: 'not found' };
		const last = (e.stderr ?? '').trim().split('\n').at(-1) ?? 'failed';
		return { problem: last.includes('numpy') ? 'has no numpy' : last };
	}
}

/**
 * The first Python 3 with numpy, or the reasons each candidate failed.
 * @returns {{ command: string, numpy: string } | { problems: string[] }}
 */
export function findPython() {
	const given = process.env.PYTHON;
	const candidates = given ? [given] : NAMES;
	const problems = [];
	for (const command of candidates) {
		const probe = probePython(command);
		if ('numpy' in probe) return { command, numpy: probe.numpy };
		problems.push(`${command}: ${probe.problem}`);
	}
	return { problems };
}

const HELP = `The complete program's test needs Python 3 with numpy (nothing else).
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install python3-numpy
  Fedora:         sudo dnf install python3-numpy
  macOS:          brew install numpy
  any system:     python3 -m pip install numpy
or point PYTHON at a python3 that has numpy.`;

/**
 * A Python 3 with numpy; as root with apt-get, installs Debian's python3-numpy first.
 * @returns {{ command: string, numpy: string }}
 */
export function ensurePython() {
	const found = findPython();
	if ('command' in found) return found;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && !process.env.PYTHON && existsSync('/usr/bin/apt-get')) {
		console.log('Installing numpy from Debian packages (apt-get install python3-numpy)…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-numpy',
			{ stdio: 'inherit' }
		);
		const installed = findPython();
		if ('command' in installed) return installed;
	}
	throw new Error(`${HELP}\n(Tried ${found.problems.join('; ')}.)`);
}
