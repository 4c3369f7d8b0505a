/**
 * Helpers for the service-worker tests (offline*.spec.ts): ask the worker, as a page does
 * (src/lib/offline/register.ts), how much of a story it has cached.
 */
import type { Page } from '@playwright/test';

export interface Cached {
	version: string;
	done: number;
	total: number;
}

/** Asks the active worker to cache `slug` and says how far it got; undefined without a worker. */
export async function storyCached(page: Page, slug: string): Promise<Cached | undefined> {
	return page.evaluate(async (slug) => {
		const registration = await navigator.serviceWorker.getRegistration();
		const worker = registration?.active;
		if (!worker) return undefined;
		const channel = new MessageChannel();
		return new Promise<Cached | undefined>((resolve) => {
			setTimeout(() => resolve(undefined), 30_000);
			channel.port1.onmessage = (e) => resolve(e.data as Cached);
			worker.postMessage({ type: 'story', slug }, [channel.port2]);
		});
	}, slug);
}

/** Whether the worker has every file of the story (and of the shell). */
export async function storyComplete(page: Page, slug: string): Promise<boolean> {
	const status = await storyCached(page, slug);
	return !!status && status.total > 0 && status.done === status.total;
}

/** Whether `path` is in any of the site's caches. */
export async function inCache(page: Page, path: string): Promise<boolean> {
	return page.evaluate(async (path) => !!(await caches.match(path)), path);
}
