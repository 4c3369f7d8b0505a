/**
 * The routes the tests and the bench cover, read from a static build: one page for each route
 * of the site (the index; a story's reader, deck, notes, handout, embed, an embed chapter…),
 * taken from the main story when it has that route, else from the first story that does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, builtPages, storyRoutes } from './bytes.mjs';

export const BUILD_DIR = join(ROOT, 'build');

/** The story the tests look at first: LANTERN_TEST_STORY, else the documentary, else the first. */
export const MAIN_STORY = process.env.LANTERN_TEST_STORY || 'the-crisis-has-matured';

/** Path segments that name a mode or a fixed sub-page; any other segment is a parameter. */
const FIXED = new Set([
	'present',
	'notes',
	'print',
	'embed',
	'follow',
	'sources',
	'media',
	'scene'
]);

/**
 * @typedef {{ path: string, route: string, mode: 'index' | 'read' | 'deck' | 'notes' | 'print' | 'embed' | 'follow' | 'other', slug?: string }} CoveredRoute
 */

/** @param {string} route e.g. "/[story]/embed/[param]/" */
function modeOf(route) {
	if (route === '/') return 'index';
	if (route === '/[story]/') return 'read';
	if (route === '/[story]/present/') return 'deck';
	if (route === '/[story]/present/notes/') return 'notes';
	if (route === '/[story]/print/') return 'print';
	if (route.startsWith('/[story]/embed/')) return 'embed';
	if (route === '/[story]/follow/') return 'follow';
	return 'other';
}

/**
 * @param {string} [buildDir]
 * @returns {CoveredRoute[]}
 */
export function routesToCover(buildDir = BUILD_DIR) {
	if (!existsSync(join(buildDir, 'index.html'))) return [];
	const slugs = storyRoutes(buildDir).map((s) => s.slug);
	const ordered = [
		...slugs.filter((s) => s === MAIN_STORY),
		...slugs.filter((s) => s !== MAIN_STORY)
	];
	/** @type {Map<string, CoveredRoute>} */
	const byRoute = new Map();
	const pages = builtPages(buildDir);
	/** @param {string} page */
	const add = (page) => {
		const parts = page.split('/').filter(Boolean);
		const slug = parts[0];
		const isStory = slug !== undefined && slugs.includes(slug);
		const route = isStory
			? `/[story]/${parts
					.slice(1)
					.map((p) => (FIXED.has(p) ? p : '[param]'))
					.map((p) => `${p}/`)
					.join('')}`
			: page;
		if (byRoute.has(route)) return;
		byRoute.set(route, {
			path: page,
			route,
			mode: /** @type {CoveredRoute['mode']} */ (
				isStory ? modeOf(route) : page === '/' ? 'index' : 'other'
			),
			...(isStory ? { slug } : {})
		});
	};
	// The main story's pages first, so each route is shown with the main story when it has it.
	for (const slug of ordered) for (const page of pages) if (page.split('/')[1] === slug) add(page);
	for (const page of pages) add(page);
	const order = ['index', 'read', 'deck', 'notes', 'print', 'embed', 'follow', 'other'];
	return [...byRoute.values()].sort((a, b) => order.indexOf(a.mode) - order.indexOf(b.mode));
}
