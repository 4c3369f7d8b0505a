/**
 * Registers the service worker (src/service-worker.ts), asks it to cache the story being read or
 * presented, says when that story is cached for offline use, and offers a new version when one
 * is waiting. Registration is ours, not SvelteKit's automatic one, because it must be
 * guarded: an opaque-origin embed (sandbox="allow-scripts") throws on `navigator.serviceWorker`.
 */
import { base } from '$app/paths';
import { version } from '$app/environment';
import { isStoryStatus, type StoryStatus, type WorkerMessage } from './precache-plan';

/**
 * Resolves once the page has been shown and has loaded: the browser has reported its first
 * contentful paint and the load event has passed, then an idle moment. A hidden tab, which
 * paints nothing, resolves after `fallback` ms instead.
 *
 * Why the reader waits for this before it registers the service worker: the worker's install
 * and the story's caching fetch and store a hundred files, and run during the load they competed with
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
		const registration = await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			scope: `${base}/`
		});
		// Say which version this page runs: the worker keeps that version's cache while it is open.
		void navigator.serviceWorker.ready.then((ready) =>
			ready.active?.postMessage({ type: 'hello', version } satisfies WorkerMessage)
		);
		return registration;
	} catch {
		// No service worker (opaque origin, private mode, http): the site still works online.
		return undefined;
	}
}

/** Asks the active worker to cache a story; its answer, or undefined after `wait` ms. */
async function askForStory(
	registration: ServiceWorkerRegistration,
	slug: string,
	wait = 60_000
): Promise<StoryStatus | undefined> {
	const worker = registration.active;
	if (!worker) return undefined;
	const channel = new MessageChannel();
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(undefined), wait);
		channel.port1.onmessage = (e) => {
			clearTimeout(timer);
			channel.port1.close();
			resolve(isStoryStatus(e.data, slug) ? e.data : undefined);
		};
		worker.postMessage({ type: 'story', slug } satisfies WorkerMessage, [channel.port2]);
	});
}

/** Caches the story a reader opened (what did not come now comes at the next visit). */
export async function cacheStory(slug: string): Promise<void> {
	const registration = await registerServiceWorker();
	if (!registration) return;
	await navigator.serviceWorker.ready;
	await askForStory(registration, slug);
}

/**
 * Resolves true once this version of the shell and of the story `slug` is cached entirely,
 * asking the worker again every few seconds (each ask fetches only what is still missing, so a
 * failed request is retried); false if that does not happen within `timeout` ms or `signal`
 * aborts. `progress` hears how far it got after each ask.
 */
export async function whenOfflineReady(
	signal: AbortSignal,
	slug: string,
	progress: (status: StoryStatus) => void = () => {},
	timeout = 120_000
): Promise<boolean> {
	const registration = await registerServiceWorker();
	if (!registration) return false;
	const until = Date.now() + timeout;
	while (!signal.aborted && Date.now() < until) {
		const status = registration.active ? await askForStory(registration, slug) : undefined;
		if (status && !signal.aborted) {
			progress(status);
			if (status.version === version && status.done === status.total) return true;
		}
		await new Promise((resolve) => setTimeout(resolve, status ? 3000 : 500));
	}
	return false;
}

/**
 * Calls `onwaiting` when a new version of the site has been installed while this page runs an
 * older one (its worker waits: src/service-worker.ts), and looks for one now and then: a deck
 * left open for hours would otherwise never hear of a deploy. Returns a function that stops it.
 */
export function watchForUpdate(onwaiting: () => void, every = 15 * 60_000): () => void {
	let stopped = false;
	let timer: ReturnType<typeof setInterval> | undefined;
	const check = (registration: ServiceWorkerRegistration) => {
		if (!stopped && registration.waiting && navigator.serviceWorker.controller) onwaiting();
	};
	try {
		if (!('serviceWorker' in navigator)) return () => {};
		void navigator.serviceWorker.getRegistration(`${base}/`).then((registration) => {
			if (!registration || stopped) return;
			check(registration);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => check(registration));
			});
			timer = setInterval(() => void registration.update().catch(() => {}), every);
		});
	} catch {
		return () => {};
	}
	return () => {
		stopped = true;
		clearInterval(timer);
	};
}

/** Lets the waiting version take over, and reloads this page into it once it has. */
export async function applyUpdate(): Promise<void> {
	const registration = await navigator.serviceWorker.getRegistration(`${base}/`);
	const waiting = registration?.waiting;
	if (!waiting) return location.reload();
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
		once: true
	});
	waiting.postMessage({ type: 'skip-waiting' } satisfies WorkerMessage);
}
