/**
 * Registers the service worker (src/service-worker.ts) and says when this version of the site is
 * cached for offline use. Registration is ours, not SvelteKit's automatic one, because it must be
 * guarded: an opaque-origin embed (sandbox="allow-scripts") throws on `navigator.serviceWorker`.
 */
import { base } from '$app/paths';
import { version } from '$app/environment';

/**
 * Resolves once the page has been shown and has loaded: the browser has reported its first
 * contentful paint and the load event has passed, then an idle moment. A hidden tab, which
 * paints nothing, resolves after `fallback` ms instead.
 *
 * Why the reader waits for this before it registers the service worker: the worker's install
 * fetches and stores the whole site (a hundred files), and run during the load it competed with
 * the page itself. In headless Chromium a first frame drawn while it ran was shown up to a second
 * late; on a phone its downloads share the network with the page's own.
 */
export function afterShown(fallback = 5000): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			observer?.disconnect();
			clearTimeout(timer);
			// An idle moment, but not forever: a busy page still gets its worker.
			if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
			else setTimeout(resolve, 0);
		};
		const loaded = () =>
			document.readyState === 'complete'
				? finish()
				: addEventListener('load', finish, { once: true });
		const painted = () =>
			performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
		const timer = setTimeout(finish, fallback);
		let observer: PerformanceObserver | undefined;
		if (painted()) return loaded();
		try {
			observer = new PerformanceObserver(() => {
				if (!painted()) return;
				observer?.disconnect();
				loaded();
			});
			observer.observe({ type: 'paint' });
		} catch {
			loaded(); // no paint timing: the load event is the best sign left
		}
	});
}

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
