// A plain static file server for build/: the same thing any static host does, and nothing
// more, so that what the tests see is what a teacher's web server would serve.
// Usage: node scripts/serve.js [--port N] [--dir build] [--quiet]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	// Data assets are served as the gzip bytes they are; the page decompresses them itself.
	'.gz': 'application/gzip'
};

/**
 * Resolves a URL path to a file inside root; never escapes root.
 * @param {string} root
 * @param {string} urlPath
 * @returns {{ file?: string, redirect?: string, status?: number }}
 */
export function locate(root, urlPath) {
	let path;
	// A shared address keeps its state in the query: a redirect must carry it along.
	const query = /\?[^#]*/.exec(urlPath)?.[0] ?? '';
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return { status: 400 };
	}
	const full = normalize(join(root, path));
	if (full !== root && !full.startsWith(root + sep)) return { status: 403 };
	if (existsSync(full) && statSync(full).isDirectory()) {
		if (!path.endsWith('/')) return { redirect: `${encodeURI(path)}/${query}` };
		const index = join(full, 'index.html');
		return existsSync(index) ? { file: index } : { status: 404 };
	}
	return existsSync(full) ? { file: full } : { status: 404 };
}

/**
 * The request handler behind the server, for tests that stand a server of their own in front.
 * @param {string} root
 * @returns {import('node:http').RequestListener}
 */
export function staticHandler(root) {
	const base = resolve(root);
	return (request, response) => {
		const found = locate(base, request.url ?? '/');
		if (found.redirect) {
			// Not cached: a browser would otherwise keep answering this address by itself.
			response.writeHead(308, { Location: found.redirect, 'Cache-Control': 'no-cache' });
			response.end();
			return;
		}
		const file = found.file ?? join(base, '404.html');
		const status = found.file ? 200 : (found.status ?? 404);
		const headers = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': file.includes(`${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		if (!existsSync(file)) {
			response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end(`${status}\n`);
			return;
		}
		response.writeHead(status, headers);
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	};
}

/** @param {string} root */
export function createStaticServer(root) {
	return createServer(staticHandler(root));
}

/**
 * Listens on the first free port from `port` (0: any free port the system picks); resolves
 * with the address it printed.
 * @param {{ dir?: string, port?: number, quiet?: boolean, tries?: number }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve({ dir = 'build', port = 4173, quiet = false, tries = 20 } = {}) {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`${dir}/index.html is missing: run "npm run build" first.`);
	}
	const server = createStaticServer(dir);
	return new Promise((done, fail) => {
		/** @param {number} p @param {number} left */
		const attempt = (p, left) => {
			server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
				if (error.code === 'EADDRINUSE' && left > 0) attempt(p + 1, left - 1);
				else fail(error);
			});
			server.listen(p, '127.0.0.1', () => {
				const address = server.address();
				const url = `http://localhost:${typeof address === 'object' && address ? address.port : p}/`;
				if (!quiet)
					console.log(`\n  From Scratch is being served at ${url}\n  (Ctrl+C stops it)\n`);
				done({ server, url });
			});
		};
		attempt(port, tries);
	});
}

/** @param {string} name @param {string} fallback */
function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = Number(option('port', process.env.PORT ?? '4173'));
	serve({
		dir: option('dir', 'build'),
		port,
		quiet: process.argv.includes('--quiet'),
		tries: process.argv.includes('--strict-port') ? 0 : 20
	}).catch((error) => {
		console.error(`serve: ${error.message}`);
		process.exit(1);
	});
}
