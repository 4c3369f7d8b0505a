/**
 * Registers the service worker (src/service-worker.ts) and says when this version of the site is
 * cached for offline use. Registration is ours, not SvelteKit's automatic one, because it must be
 * guarded: an opaque-origin embed (sandbox="allow-scripts") throws on `navigator.serviceWorker`.
 */
import { base } from '$app/paths';
import { version } from '$app/environment';

export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
	try {
		if (!('serviceWorker' in navigator)) return undefined;
		return await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			scope: `${base}/`
		});
	} catch {
		// No service worker (opaque origin, private mode, http): the site still works online.
		return undefined;
	}
}

/** Whether this very version of the site, this page included, is in the offline cache. */
async function cached(): Promise<boolean> {
	try {
		const name = `lantern-${version}`;
		if (!(await caches.has(name))) return false;
		const cache = await caches.open(name);
		return (await cache.match(location.pathname)) !== undefined;
	} catch {
		return false;
	}
}

/**
 * Resolves true once a service worker is active and has cached this version, checking every
 * half second (the worker caches the whole site at install, which takes a moment); false if that
 * does not happen within `timeout` ms or `signal` aborts.
 */
export async function whenOfflineReady(signal: AbortSignal, timeout = 120_000): Promise<boolean> {
	const registration = await registerServiceWorker();
	if (!registration) return false;
	const until = Date.now() + timeout;
	while (!signal.aborted && Date.now() < until) {
		if (registration.active && (await cached())) return true;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return false;
}
