import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		// Registered by src/lib/offline/register.ts, guarded: opaque-origin embeds throw on it.
		serviceWorker: { register: false }
	}
};

export default config;
