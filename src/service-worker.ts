/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// After one visit the whole explorable works offline: the build, every prerendered page and
// the lesson data are cached when this worker installs; the full MNIST set (11 MB) is cached
// the first time the training lab downloads it. Each deployment gets its own cache, and the
// old one is deleted once the new worker takes over, so a deployment never mixes files.
import { build, files, prerendered, version } from '$service-worker';
import { handlingOf, isDataFile, keeps, type Handling } from '$lib/offline/requests';

const sw = self as unknown as ServiceWorkerGlobalScope;
const APP = `app-${version}`;
// MNIST never changes, so its files outlive deployments instead of downloading again.
const DATA = 'mnist-v1';
const FULL_DATA = /\/data\/(?!lesson-)[^/]+\.gz$/;

const appFiles = [...build, ...prerendered, ...files.filter((file) => !isDataFile(file))];
const lessonData = files.filter((file) => isDataFile(file) && !FULL_DATA.test(file));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const app = await caches.open(APP);
			await app.addAll(appFiles);
			// The page static hosts serve for a missing address; absent under `vite dev`.
			await app.add('/404.html').catch(() => undefined);
			// The manifest and the lesson subset; the full set is cached when first used.
			await (await caches.open(DATA)).addAll(lessonData);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== APP && key !== DATA) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

// A page asks the waiting worker of a new deployment to take over (the "Reload" prompt).
sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

async function respond(request: Request, handling: Handling): Promise<Response> {
	const url = new URL(request.url);
	const isData = isDataFile(url.pathname);
	const cache = await caches.open(isData ? DATA : APP);
	// Built files are named by their content: the cached copy is always right.
	if (handling === 'cache-first') {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (keeps(request, sw.location.origin, response.ok, files))
			cache.put(request, response.clone());
		return response;
	} catch (error) {
		const hit = (await caches.match(request)) ?? (await caches.match(url.pathname));
		if (hit) return hit;
		if (request.mode === 'navigate') {
			// A chapter address without its trailing slash: send it on with its query, as the
			// server would, instead of losing the state it carries.
			if (!url.pathname.endsWith('/') && (await caches.match(`${url.pathname}/`)))
				return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 308);
			const notFound = await caches.match('/404.html');
			if (notFound) return notFound;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	// Not ours (another origin, or not a GET): without respondWith the browser sends it itself.
	const handling = handlingOf(request, sw.location.origin, build);
	if (handling === 'pass') return;
	event.respondWith(respond(request, handling));
});
