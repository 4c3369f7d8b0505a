/**
 * The routes the tests and the bench cover, read from a static build: the index, and for each
 * story the reader and whichever of its mode pages exist (deck, notes, handout, embed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, builtPages, storyRoutes } from './bytes.mjs';

export const BUILD_DIR = join(ROOT, 'build');

/**
 * @param {string} [buildDir]
 * @returns {{ path: string, mode: 'index' | 'read' | 'deck' | 'notes' | 'print' | 'embed' | 'other', slug?: string }[]}
 */
export function routesToCover(buildDir = BUILD_DIR) {
	if (!existsSync(join(buildDir, 'index.html'))) return [];
	const stories = storyRoutes(buildDir);
	/** @type {{ path: string, mode: 'index' | 'read' | 'deck' | 'notes' | 'print' | 'embed' | 'other', slug?: string }[]} */
	const out = [{ path: '/', mode: 'index' }];
	for (const s of stories) {
		out.push({ path: s.read, mode: 'read', slug: s.slug });
		for (const mode of /** @type {const} */ (['deck', 'notes', 'print', 'embed'])) {
			const path = s[mode];
			if (path) out.push({ path, mode, slug: s.slug });
		}
	}
	// Any other page in the build (a story index, an about page) is covered too.
	for (const page of builtPages(buildDir))
		if (!out.some((r) => r.path === page)) out.push({ path: page, mode: 'other' });
	return out;
}
