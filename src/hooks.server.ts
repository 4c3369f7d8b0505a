import type { Handle } from '@sveltejs/kit';
import { modeOf } from '$lib/shells/mode';

/** html[data-mode] is part of the test contract: it is in the prerendered HTML, before any script. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lantern.mode%', modeOf(event.url.pathname)).replace('%lantern.lang%', 'en')
	});
