// Installs the project's npm packages when any is missing, so that `npm start` and
// `npm test` work on a machine that has only Node and npm (and after a pull adds one).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function missingDependencies() {
	const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
	const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
	return names.filter((name) => !existsSync(join('node_modules', name, 'package.json')));
}

export function ensureDependencies() {
	const missing = missingDependencies();
	if (missing.length === 0) return;
	console.log(
		`Installing dependencies (missing: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})…`
	);
	execSync(
		existsSync('package-lock.json')
			? 'npm ci --no-audit --no-fund'
			: 'npm install --no-audit --no-fund',
		{
			stdio: 'inherit'
		}
	);
}
