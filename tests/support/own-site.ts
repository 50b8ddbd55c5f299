import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticHandler } from '../../scripts/serve.js';
import { test as guarded } from './guard';

/** Answers a request itself instead of the built site, or returns false to let the site answer. */
export type Rule = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface OwnSite {
	/** Where it is served, `http://localhost:PORT`. */
	readonly url: string;
	/** Takes the site off the network: the server stops and every open connection is cut. */
	cut(): Promise<void>;
	/** Puts it back, on the same port. */
	restore(): Promise<void>;
	/** Answers matching requests first (a failing page, a new deployment's worker, …). */
	intercept(rule: Rule): void;
	/** Paths requested since the test began, in order. */
	readonly requests: string[];
}

function listen(server: Server, port: number): Promise<number> {
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done((server.address() as AddressInfo).port));
	});
}

/**
 * A test with a server of its own for the built site, on a port of its own, so that it can go
 * away. Playwright's offline switch does not reach a service worker's own requests (they still
 * arrive at the server), so a test of working offline must really take the server down.
 */
export const test = guarded.extend<{ site: OwnSite }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from its first argument
	site: async ({}, use) => {
		const rules: Rule[] = [];
		const requests: string[] = [];
		const serveSite = staticHandler(process.env.E2E_BUILD ?? 'build');
		const handle = (request: IncomingMessage, response: ServerResponse) => {
			requests.push(`${request.method} ${request.url}`);
			if (!rules.some((rule) => rule(request, response))) serveSite(request, response);
		};
		let server = createServer(handle);
		const port = await listen(server, 0);
		const site: OwnSite = {
			url: `http://localhost:${port}`,
			requests,
			intercept: (rule) => void rules.unshift(rule),
			cut: () =>
				new Promise((done) => {
					server.close(() => done());
					server.closeAllConnections();
				}),
			restore: async () => {
				server = createServer(handle);
				await listen(server, port);
			}
		};
		await use(site);
		if (server.listening) await site.cut();
	},
	baseURL: async ({ site }, use) => use(site.url)
});

export { expect, type Page } from './guard';
