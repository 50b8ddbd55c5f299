// Finds a Chromium for the end-to-end tests. Playwright's own browser download cannot work
// on machines without general internet access, so we use the system's browser.
import { execFileSync, execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** @param {string} path */
function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @param {string} name */
function onPath(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		const full = join(dir, name);
		if (dir && executable(full)) return full;
	}
	return undefined;
}

/** A Chromium or Chrome already on this machine, or undefined. */
export function findBrowser() {
	const given = process.env.CHROMIUM_PATH;
	if (given) {
		if (!executable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file.`);
		return given;
	}
	for (const name of NAMES) {
		const found = onPath(name);
		if (found) return found;
	}
	return PLACES.find(executable);
}

const HELP = `No Chromium or Chrome was found for the end-to-end tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an installed Chrome or Chromium executable.`;

/** Finds a browser; as root on Debian-like systems installs Debian's chromium package. */
export function ensureBrowser() {
	const found = findBrowser();
	if (found) return found;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && existsSync('/usr/bin/apt-get')) {
		console.log('Installing Chromium from Debian packages (apt-get install chromium)…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
		const installed = findBrowser();
		if (installed) return installed;
	}
	throw new Error(HELP);
}

/**
 * The version line the browser prints, for the test log.
 * @param {string} path
 */
export function browserVersion(path) {
	try {
		return execFileSync(path, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown version';
	}
}
