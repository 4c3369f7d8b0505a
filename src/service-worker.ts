/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for the lecture hall, without breaking a lecture in progress (docs/security.md).
 *
 * - What is cached: at install, the shell every page needs (scripts, styles, fonts, the home
 *   page); then each story when a page of it asks (src/lib/offline/register.ts): the reader and
 *   the deck ask for their own story. A phone does not pay for stories it never opens.
 * - A failed request loses nothing: each file is cached on its own, what succeeded stays, and the
 *   next ask (the deck asks until its story is complete) fetches only what is missing.
 * - A deploy does not take over a page that is open: a new worker waits (no skipWaiting) until
 *   the pages of the old version are gone, or until a reader answers the page's "New version —
 *   reload" prompt. Even then the old version's cache stays while any page still runs that
 *   version (each page says its version when it registers), and the content-hashed scripts of
 *   every kept version are served to whichever page asks, so an old tab's next dynamic import
 *   still loads. (Until December 2026 a new worker took over at once and deleted the old cache,
 *   and an old tab's first scroll failed: "Failed to fetch dynamically imported module".)
 * - Cached files are served first: a flaky network cannot stall a lecture.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import {
	isWorkerMessage,
	storyPaths,
	shellPaths,
	type StoryStatus
} from './lib/offline/precache-plan';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'lantern-';
const CACHE = `${PREFIX}${version}`;
const IMMUTABLE = `${base}/_app/immutable/`;

const ALL = [...build, ...files, ...prerendered];
const SHELL = shellPaths(ALL, base);
const KNOWN = new Set(ALL);

/** Puts every path not yet in the cache; one failure loses only its own file. */
async function fill(paths: readonly string[]): Promise<{ done: number; total: number }> {
	const cache = await caches.open(CACHE);
	const results = await Promise.allSettled(
		paths.map(async (path) => {
			if (await cache.match(path)) return;
			const response = await fetch(path, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await cache.put(path, response);
		})
	);
	return {
		done: results.filter((r) => r.status === 'fulfilled').length,
		total: paths.length
	};
}

sw.addEventListener('install', (event) => {
	// No skipWaiting: see above. The shell is cached as far as it can be; a page asks again later.
	event.waitUntil(fill(SHELL));
});

/** The version each open page runs, as it said when it registered (lost if the worker stops). */
const versions = new Map<string, string>();

/**
 * Deletes the caches of versions that no open page runs. A page that has not said its version
 * (or said it to a worker that has stopped since) may run any: then nothing is deleted.
 */
async function prune(): Promise<void> {
	const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const inUse = new Set([version]);
	for (const client of open) {
		const v = versions.get(client.id);
		if (v === undefined) return;
		inUse.add(v);
	}
	for (const id of versions.keys()) if (!open.some((c) => c.id === id)) versions.delete(id);
	const names = await caches.keys();
	await Promise.all(
		names
			.filter((n) => n.startsWith(PREFIX) && !inUse.has(n.slice(PREFIX.length)))
			.map((n) => caches.delete(n))
	);
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(prune());
});

sw.addEventListener('message', (event) => {
	const message = event.data as unknown;
	if (!isWorkerMessage(message)) return;
	const client = event.source as Client | null;
	if (message.type === 'skip-waiting') {
		// The reader chose the new version (the prompt): this worker takes over now.
		event.waitUntil(sw.skipWaiting());
		return;
	}
	if (message.type === 'hello') {
		if (client) versions.set(client.id, message.version);
		event.waitUntil(prune());
		return;
	}
	const paths = storyPaths(prerendered, base, message.slug);
	event.waitUntil(
		Promise.all([fill(SHELL), fill(paths)]).then(([shell, story]) => {
			const status: StoryStatus = {
				type: 'story-status',
				version,
				slug: message.slug,
				done: shell.done + story.done,
				total: shell.total + story.total
			};
			event.ports[0]?.postMessage(status);
		})
	);
});

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(path);
	if (hit) return hit;
	// A content-hashed script of another kept version: what an old tab's dynamic import needs.
	if (path.startsWith(IMMUTABLE)) {
		const kept = await caches.match(path);
		if (kept) return kept;
	}
	// Not cached yet (a story not asked for) or evicted: fetch it and keep it for next time.
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Anything not built with the site (an online tile layer, another origin) goes to the network.
	if (url.origin !== sw.location.origin) return;
	if (!KNOWN.has(url.pathname) && !url.pathname.startsWith(IMMUTABLE)) return;
	event.respondWith(cacheFirst(request, url.pathname));
});
