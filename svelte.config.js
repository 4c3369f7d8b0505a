import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The one inline script of src/app.html, allowed by its hash: it is the same on every page (its
 * per-page values are data- attributes of <html>, set by src/hooks.server.ts).
 */
function appScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
	if (scripts.length !== 1 || /%\w+\.\w+%/.test(scripts[0][1]))
		throw new Error('src/app.html: expected one inline script, with no %placeholders% in it');
	return `sha256-${createHash('sha256').update(scripts[0][1], 'utf8').digest('base64')}`;
}

/**
 * The origins the CSP must let the deck reach for a build-time relay (LANTERN_RELAY, a ws(s): or
 * http(s): address): its WebSocket and the HTTP(S) beside it (/live/rooms, /live/info). None
 * without one: `npm run live` serves the relay on the page's own origin ('self').
 */
function relayOrigins(address = process.env.LANTERN_RELAY?.trim()) {
	if (!address) return [];
	let url;
	try {
		url = new URL(address);
	} catch {
		throw new Error(`LANTERN_RELAY: not an address: ${address} (expected wss://host[:port])`);
	}
	const secure = { 'wss:': true, 'https:': true, 'ws:': false, 'http:': false }[url.protocol];
	if (secure === undefined)
		throw new Error(`LANTERN_RELAY must be a ws:, wss:, http: or https: address (got ${address})`);
	return [`${secure ? 'wss' : 'ws'}://${url.host}`, `${secure ? 'https' : 'http'}://${url.host}`];
}

// LANTERN_BUILD_DIR builds into another folder (the benchmark's generated 1,000-step story) with
// its own SvelteKit work folder beside it, so it never touches build/ or .svelte-kit/.
const out = process.env.LANTERN_BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; a story that fails validation fails the build.
		adapter: adapter({ pages: out || 'build', assets: out || 'build', strict: true }),
		...(out ? { outDir: `${out}.svelte-kit` } : {}),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A site whose stories have no pictures has no media/ pages to write: not an error.
			handleUnseenRoutes: 'warn',
			// The public origin, for the absolute URLs in oEmbed and Open Graph (url.origin while
			// prerendering). Set LANTERN_ORIGIN=https://your.site when building for deployment.
			origin: process.env.LANTERN_ORIGIN || 'http://127.0.0.1:4173'
		},
		// Every stylesheet a page needs at first (each under 20 KB; 5.5 KB gzipped for a story) goes
		// inline in its HTML. Six linked ones were six render-blocking requests: on a slow phone
		// connection each costs a round trip before the first paint, and in headless Chromium the
		// story's first frame came 1.2-2.3 s after navigation with them, 0.35 s without. The first
		// load's byte count includes the inline CSS (scripts/bench/first-load.mjs).
		inlineStyleThreshold: 20_000,
		// A content security policy in a <meta> tag of every page (docs/security.md). Scripts: this
		// origin's files and the inline scripts hashed here (app.html's) and by SvelteKit (its
		// bootstrap, rehashed after paint-first.ts by src/lib/server/csp-hash.ts); never
		// 'unsafe-inline', so a script injected into a page does not run. Styles keep
		// 'unsafe-inline': Svelte's prerendered markup and Leaflet's marker and popup markup carry
		// style="" attributes (positions, sizes) whose values differ per page and cannot be
		// hashed, and CSS cannot run script. Nothing is fetched from another origin: a story with
		// an online `tiles:` layer must add its tile host to img-src. frame-ancestors cannot be
		// set from a <meta>: static/_headers sets it. A build-time relay (LANTERN_RELAY) is the one
		// other origin the pages connect to.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', appScriptHash()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...relayOrigins()],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by src/lib/offline/register.ts, guarded: opaque-origin embeds throw on it.
		serviceWorker: { register: false }
	}
};

export default config;
