import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { formatProblem } from '../story/errors';
import { checkStory, STORIES_DIR, storySlugs } from '../story/load';
import { overlayError, type OverlayError } from './overlay';

/**
 * Watch stories/ in the dev server: check the story whose file changed, then reload the page
 * (valid) or show every error in Vite's overlay (invalid). See stories-plugin.ts.
 */
export function watchStories(server: ViteDevServer): void {
	const root = resolve(STORIES_DIR);
	const log = server.config.logger;
	const invalid = new Map<string, OverlayError>();
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	server.watcher.add(root);

	const check = (slug: string) => {
		if (!existsSync(resolve(root, slug))) {
			invalid.delete(slug);
			server.ws.send({ type: 'full-reload' });
			return;
		}
		const { story, problems } = checkStory(slug);
		for (const p of problems) (p.severity === 'error' ? log.error : log.warn)(formatProblem(p));
		if (story) {
			invalid.delete(slug);
			log.info(`✓ ${slug}: ${story.steps.length} steps, reloading`, { timestamp: true });
			server.ws.send({ type: 'full-reload' });
			return;
		}
		const err = overlayError(slug, problems, readText, (f) => resolve(f));
		invalid.set(slug, err);
		server.ws.send({ type: 'error', err });
	};

	const changed = (file: string) => {
		const rel = relative(root, file);
		if (!rel || rel.startsWith('..') || isAbsolute(rel)) return;
		const slug = rel.split(sep)[0];
		if (!slug || slug.startsWith('.')) return;
		// Editors save in several steps (write, rename): check once they are done.
		clearTimeout(timers.get(slug));
		timers.set(
			slug,
			setTimeout(() => {
				timers.delete(slug);
				check(slug);
			}, 60)
		);
	};
	server.watcher.on('change', changed);
	server.watcher.on('add', changed);
	server.watcher.on('unlink', changed);
	server.watcher.on('unlinkDir', changed);

	// A page loaded while a story is broken (its load fails): show the overlay as it connects.
	server.ws.on('connection', (socket) => {
		const err = [...invalid.values()][0];
		if (err) socket.send(JSON.stringify({ type: 'error', err }));
	});

	// Say at once which stories are broken, before anyone edits anything.
	setTimeout(() => {
		for (const slug of storySlugs()) {
			const { story, problems } = checkStory(slug);
			if (story) continue;
			for (const p of problems) if (p.severity === 'error') log.error(formatProblem(p));
			invalid.set(
				slug,
				overlayError(slug, problems, readText, (f) => resolve(f))
			);
		}
	}, 0);
	server.httpServer?.on('close', () => timers.forEach((t) => clearTimeout(t)));
}

function readText(file: string): string | undefined {
	const path = resolve(file);
	return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}
