import type { Handle } from '@sveltejs/kit';
import { dev, version } from '$app/environment';
import { modeOf, startOn } from '$lib/shells/mode';
import { paintFirst } from '$lib/server/paint-first';
import { withPageChars } from '$lib/server/page-chars';
import { policyFirst, rehashChanged } from '$lib/server/csp-hash';

/**
 * html[data-mode] is part of the test contract: it is in the prerendered HTML, before any script.
 * The site version tells app.html whether the web fonts a browser fetched are still this site's.
 * The app starts after the first paint (paint-first.ts), or on the reader's first move (startOn;
 * not in development, where the app brings the story's edits and errors to the page at once);
 * the head lists the characters the page shows, for choosing web-font subsets (page-chars.ts).
 * The per-page values go into html's data- attributes, never into app.html's inline script: that
 * script must be the same on every page, for the content security policy allows it by its hash.
 * paint-first.ts rewrites SvelteKit's bootstrap script, so its hash is listed anew, and the policy
 * goes above every script (csp-hash.ts).
 */
const render: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%lantern.mode%', modeOf(event.url.pathname))
				.replace('%lantern.start%', dev ? 'paint' : startOn(event.url.pathname))
				.replace('%lantern.lang%', 'en')
				.replace('%lantern.version%', version);
			return withPageChars(policyFirst(rehashChanged(page, paintFirst(page))));
		}
	});

/**
 * The dev server sends the policy as a header, and its pages run inline scripts of Vite's and
 * SvelteKit's own that no hash lists: the policy stopped the app, and with it the page's updates
 * on save. The policy is for what is deployed (a <meta> in every prerendered page); `npm run dev`
 * serves without it.
 */
export const handle: Handle = async (input) => {
	const response = await render(input);
	if (dev) response.headers.delete('content-security-policy');
	return response;
};
