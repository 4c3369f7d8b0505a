import type { Handle } from '@sveltejs/kit';
import { modeOf } from '$lib/shells/mode';
import { paintFirst } from '$lib/server/paint-first';

/**
 * html[data-mode] is part of the test contract: it is in the prerendered HTML, before any script.
 * Scripts load after the first paint (paint-first.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			paintFirst(
				html.replace('%lantern.mode%', modeOf(event.url.pathname)).replace('%lantern.lang%', 'en')
			)
	});
