/**
 * What the service worker caches, and the messages it takes from pages: pure functions of the
 * site's file list, shared by the worker (src/service-worker.ts) and the pages (register.ts).
 * Pages are untrusted senders only in name (same origin), but a message is still checked field by
 * field: a slug picks files from the worker's own list and is never a URL to fetch.
 */

/** Messages a page sends to the service worker. */
export type WorkerMessage =
	/** "I run this version": its cache is kept while the page is open. */
	| { type: 'hello'; version: string }
	/** "Cache this story" (and the shell); the answer, on the message's port, is a StoryStatus. */
	| { type: 'story'; slug: string }
	/** "Take over now": the reader chose the new version. */
	| { type: 'skip-waiting' };

/** How much of a story (with the shell every page needs) is in this version's cache. */
export interface StoryStatus {
	type: 'story-status';
	version: string;
	slug: string;
	done: number;
	total: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const VERSION = /^[\w.-]{1,100}$/;

export function isWorkerMessage(data: unknown): data is WorkerMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	if (m.type === 'skip-waiting') return true;
	if (m.type === 'hello') return typeof m.version === 'string' && VERSION.test(m.version);
	if (m.type === 'story') return typeof m.slug === 'string' && SLUG.test(m.slug);
	return false;
}

export function isStoryStatus(data: unknown, slug: string): data is StoryStatus {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	return (
		m.type === 'story-status' &&
		m.slug === slug &&
		typeof m.version === 'string' &&
		Number.isInteger(m.done) &&
		Number.isInteger(m.total)
	);
}

/** Files no browser needs from the cache: the host's header rules, and WOFF (WOFF2 is read). */
function wanted(path: string): boolean {
	return !path.endsWith('.woff') && !path.endsWith('/_headers');
}

/** A story's folder in the site (`<base>/<slug>/…`), or undefined for shared files. */
function storyOf(path: string, base: string): string | undefined {
	if (!path.startsWith(`${base}/`)) return undefined;
	const parts = path.slice(base.length + 1).split('/');
	const [first] = parts;
	if (parts.length < 2 || !first || first.startsWith('_')) return undefined;
	return first;
}

/** What every page needs, cached at install: scripts, styles, fonts, static files, the home page. */
export function shellPaths(all: readonly string[], base: string): string[] {
	return all.filter((p) => wanted(p) && storyOf(p, base) === undefined);
}

/** One story's pages, data and pictures: cached when a page of that story asks. */
export function storyPaths(prerendered: readonly string[], base: string, slug: string): string[] {
	return prerendered.filter((p) => wanted(p) && storyOf(p, base) === slug);
}
