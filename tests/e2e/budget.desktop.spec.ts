/**
 * Byte budgets (issue 4). What the browser fetches for a route until the network is idle, JS and CSS
 * gzipped at level 9 (the static server sends them uncompressed), against the library floor: the
 * libraries' own files from node_modules plus the Svelte + SvelteKit runtime of a minimal page
 * (scripts/bench/bytes.mjs). Same build, same bytes: deterministic.
 *
 * - the reader loads at most 1.25 × the floor;
 * - the reader in use loads at most 1.30 × the floor (issues 15 and 18): the cover, the pictures and
 *   the embed's start must not make the reader's first move heavier;
 * - the deck and the embed load at most the reader in use + 15 KB, for every story that has them.
 *   "In use": the reader's first load and what it fetches once it moves (GSAP and its scroll
 *   triggers wait for the reader's first scroll or key; the deck loads them at the lecturer's
 *   first key or click, the embed when the reader shows interest or its frame comes into view).
 *   The rule is there to show that lecture-only and embed-only code stays out of the reader.
 */
import { expect, test, type Browser } from '@playwright/test';
import { KB, kb, libraryFloor } from '../../scripts/bench/bytes.mjs';
import { measureFirstLoad, type FirstLoad } from '../../scripts/bench/first-load.mjs';
import { routesToCover } from '../../scripts/bench/routes.mjs';

const FLOOR_FACTOR = 1.25;
const IN_USE_FACTOR = 1.3;
const MODE_ALLOWANCE = 15 * KB;

const routes = routesToCover();
const readers = routes.filter((r) => r.mode === 'read');
const modes = routes.filter((r) => r.mode === 'deck' || r.mode === 'embed');
const found = routes
	.filter((r) => r.mode === 'read' || r.mode === 'deck' || r.mode === 'embed')
	.map((r) => r.path)
	.join(' ');

/** A fresh context per measurement: nothing cached, no service worker fetching on its own. */
async function firstLoad(
	browser: Browser,
	baseURL: string,
	path: string,
	inUse = false
): Promise<FirstLoad> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		return await measureFirstLoad(page, new URL(path, baseURL).href, { inUse });
	} finally {
		await context.close();
	}
}

function describe(load: FirstLoad): string {
	return load.files
		.filter((f) => f.kind === 'js' || f.kind === 'css')
		.map((f) => `  ${f.path}  ${kb(f.gzip)}`)
		.join('\n');
}

test.describe(`first-load budgets (routes in build/: ${found || 'none'})`, () => {
	test.describe.configure({ timeout: 120_000 });

	test('build/ has a reader to measure', () => {
		expect(
			readers.length,
			'build/ has at least one story reader (run npm run build)'
		).toBeGreaterThan(0);
	});

	for (const reader of readers) {
		test(`reader ${reader.path}: first-load JS+CSS ≤ ${FLOOR_FACTOR} × the library floor`, async ({
			browser,
			baseURL
		}) => {
			const floor = libraryFloor();
			const load = await firstLoad(browser, baseURL as string, reader.path);
			const budget = Math.floor(floor.gzip * FLOOR_FACTOR);
			const parts = floor.parts.map((p) => `  ${p.name}: ${kb(p.gzip)}`).join('\n');
			test.info().annotations.push({
				type: 'bytes',
				description: `${reader.path} ${load.jsCss} B (${kb(load.jsCss)}), floor ${kb(floor.gzip)}, budget ${kb(budget)}, ratio ${(load.jsCss / floor.gzip).toFixed(3)}`
			});
			expect(load.foreign, 'the reader loads nothing from another host').toEqual([]);
			expect(
				load.jsCss,
				`${reader.path} loads ${kb(load.jsCss)} of JS+CSS; budget ${FLOOR_FACTOR} × floor ${kb(floor.gzip)} = ${kb(budget)}\nfloor:\n${parts}\nloaded:\n${describe(load)}`
			).toBeLessThanOrEqual(budget);
		});
	}

	for (const reader of readers) {
		test(`reader ${reader.path} in use: JS+CSS ≤ ${IN_USE_FACTOR} × the library floor`, async ({
			browser,
			baseURL
		}) => {
			const floor = libraryFloor();
			const load = await firstLoad(browser, baseURL as string, reader.path, true);
			const budget = Math.floor(floor.gzip * IN_USE_FACTOR);
			test.info().annotations.push({
				type: 'bytes',
				description: `${reader.path} in use ${load.jsCss} B (${kb(load.jsCss)}), floor ${kb(floor.gzip)}, budget ${kb(budget)}, ratio ${(load.jsCss / floor.gzip).toFixed(3)}`
			});
			expect(load.foreign, 'the reader loads nothing from another host').toEqual([]);
			expect(
				load.jsCss,
				`${reader.path} in use loads ${kb(load.jsCss)} of JS+CSS; budget ${IN_USE_FACTOR} × floor ${kb(floor.gzip)} = ${kb(budget)}\nloaded:\n${describe(load)}`
			).toBeLessThanOrEqual(budget);
		});
	}

	for (const route of modes) {
		test(`${route.mode} ${route.path}: first-load JS+CSS ≤ the reader's in use + 15 KB`, async ({
			browser,
			baseURL
		}) => {
			const reader = await firstLoad(browser, baseURL as string, `/${route.slug}/`, true);
			const load = await firstLoad(browser, baseURL as string, route.path);
			test.info().annotations.push({
				type: 'bytes',
				description: `${route.path} ${load.jsCss} B (${kb(load.jsCss)}), reader in use ${kb(reader.jsCss)}`
			});
			expect(load.foreign, `${route.path} loads nothing from another host`).toEqual([]);
			expect(
				load.jsCss,
				`${route.path} loads ${kb(load.jsCss)}; the reader in use ${kb(reader.jsCss)} + 15 KB = ${kb(reader.jsCss + MODE_ALLOWANCE)}\nloaded:\n${describe(load)}\nthe reader in use:\n${describe(reader)}`
			).toBeLessThanOrEqual(reader.jsCss + MODE_ALLOWANCE);
		});
	}
});
