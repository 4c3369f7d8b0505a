import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { lanternStories } from './src/lib/dev/stories-plugin.js';

export default defineConfig({
	// lanternStories: in `npm run dev`, a story edit reloads the page or shows its errors.
	plugins: [sveltekit(), lanternStories()],
	// Fonts and Leaflet's stock images stay files: inlined, every unicode-range subset and every
	// unused marker picture would ride in the first-load CSS (about 15 KB gzipped).
	build: { assetsInlineLimit: (file) => (/\.(woff2?|png)$/.test(file) ? false : undefined) },
	server: { fs: { allow: ['stories'] } },
	// A relay elsewhere for a statically hosted site (LANTERN_RELAY=wss://…, docs/lecture.md):
	// read at build time by src/lib/live/relay-config.ts. svelte.config.js lets the CSP reach it.
	define: { __LANTERN_RELAY__: JSON.stringify(process.env.LANTERN_RELAY?.trim() ?? '') },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
