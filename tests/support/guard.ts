import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs under this guard: it fails the test on any console error, any
 * uncaught page error, and any request that leaves the site's origin (the site must work
 * offline and never call a third party).
 */
export interface Guard {
	consoleErrors: string[];
	pageErrors: string[];
	outsideRequests: string[];
	/** Ignore console errors matching this, for tests that provoke one on purpose. */
	allowConsoleError(pattern: RegExp): void;
	/**
	 * Ignore requests to this origin, for tests that send them on purpose. Checked when the
	 * test ends, so a request event that arrives after the test's last step is still covered.
	 */
	allowOrigin(origin: string): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://localhost').origin;
			const allowed: RegExp[] = [];
			const allowedOrigins: string[] = [];
			const guard: Guard = {
				consoleErrors: [],
				pageErrors: [],
				outsideRequests: [],
				allowConsoleError: (pattern) => allowed.push(pattern),
				allowOrigin: (other) => allowedOrigins.push(new URL(other).origin)
			};
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const text = message.text();
				if (!allowed.some((pattern) => pattern.test(text))) guard.consoleErrors.push(text);
			});
			page.on('pageerror', (error) => guard.pageErrors.push(error.message));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (url.origin !== origin) guard.outsideRequests.push(request.url());
			});
			await use(guard);
			expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
			expect(guard.consoleErrors, 'console errors').toEqual([]);
			const outside = guard.outsideRequests.filter(
				(url) => !allowedOrigins.includes(new URL(url).origin)
			);
			expect(outside, 'requests outside the origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect, type Page };
