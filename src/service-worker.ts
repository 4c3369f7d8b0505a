/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for the lecture hall: at the first visit, everything the site was built with is cached
 * (pages, scripts, styles, fonts, map data, the static scene pictures), so the deck and the reader
 * run with the hall's network gone. Cached files are served first: a flaky network cannot stall a
 * lecture. A new build installs beside the old one and takes over at once, so the next page load
 * is entirely the new version; the old version's cache is then deleted.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lantern-${version}`;

// Browsers that run service workers all read WOFF2: the WOFF fallbacks would only double the fonts.
const ASSETS = [...build, ...files, ...prerendered].filter((path) => !path.endsWith('.woff'));
const PRECACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith('lantern-') && k !== CACHE).map((k) => caches.delete(k))
				)
			)
	);
});

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(path);
	if (hit) return hit;
	// The browser may have evicted an entry: fetch it and keep it for next time.
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Anything not built with the site (an online tile layer, another origin) goes to the network.
	if (url.origin !== sw.location.origin || !PRECACHED.has(url.pathname)) return;
	event.respondWith(cacheFirst(request, url.pathname));
});
