/**
 * What the service worker does with each request, as pure decisions it can be tested by.
 * Only the site's own GETs are its business: a request to another origin, or with another
 * method, passes through untouched — the browser sends it as if there were no worker, it is
 * never answered from the cache and its response is never kept.
 */

/** 'pass': not handled at all. 'cache-first': a file named by its content, or MNIST, which
 * never change. 'network-first': everything else of the site, with the cache when offline. */
export type Handling = 'pass' | 'cache-first' | 'network-first';

/** The part of a Request the decisions read. */
export interface RequestFacts {
	readonly method: string;
	readonly url: string;
	readonly mode?: string;
}

/** Whether `path` is one of the data files (the lesson subset, MNIST, their manifest). */
export const isDataFile = (path: string) => path.includes('/data/');

/** How the worker at `origin`, with the content-named files `build`, treats `request`. */
export function handlingOf(
	request: RequestFacts,
	origin: string,
	build: readonly string[]
): Handling {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	const { pathname } = url;
	if (build.includes(pathname) || (isDataFile(pathname) && pathname.endsWith('.gz')))
		return 'cache-first';
	return 'network-first';
}

/**
 * Whether the worker at `origin` keeps the response to `request` for offline use: a good one
 * (never a failure over the good copy) to one of the site's own GETs, of data, a page, or one
 * of its static `files`.
 */
export function keeps(
	request: RequestFacts,
	origin: string,
	ok: boolean,
	files: readonly string[]
): boolean {
	const url = new URL(request.url);
	if (!ok || request.method !== 'GET' || url.origin !== origin) return false;
	return isDataFile(url.pathname) || request.mode === 'navigate' || files.includes(url.pathname);
}
