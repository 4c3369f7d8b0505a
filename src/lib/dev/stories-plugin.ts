import type { Plugin } from 'vite';

/**
 * `npm run dev` for authors. Story files are read by the server, not imported, so Vite does not
 * see them change: this plugin watches stories/ and, on every save, either reloads the page (the
 * story is valid: the edit shows at once) or shows every error in Vite's overlay (never a blank
 * or stale page without a word). A page opened while a story is broken gets the overlay too.
 *
 * The watcher is loaded through the dev server itself, so it runs the same loader modules as the
 * pages do, and vite.config.ts needs nothing but this file.
 */
export function lanternStories(): Plugin {
	return {
		name: 'lantern-stories',
		apply: 'serve',
		configureServer(server) {
			if (process.env.VITEST) return;
			server
				.ssrLoadModule('/src/lib/dev/stories-watch.ts')
				.then((m) => (m as typeof import('./stories-watch')).watchStories(server))
				.catch((e: unknown) =>
					server.config.logger.error(`lantern-stories: cannot watch stories/: ${String(e)}`)
				);
		}
	};
}
