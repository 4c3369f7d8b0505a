/**
 * What a route really loads first: every response the browser receives from the navigation until
 * the network has been idle for half a second and, on a page with a map, the map has applied its
 * first scene (so Leaflet and the map data, which the reader fetches right after it mounts, count). The static server sends files uncompressed: each body is
 * gzipped here at level 9, as a production server would send it. Shared by the bench and the
 * budget test (same build, same bytes).
 */
import { gzipSize } from './bytes.mjs';

/**
 * @typedef {{ path: string, kind: 'js' | 'css' | 'font' | 'data' | 'html' | 'image' | 'other', raw: number, gzip: number, host: string }} Loaded
 * @typedef {{ files: Loaded[], js: number, css: number, jsCss: number, data: number, fonts: number, html: number, foreign: string[] }} FirstLoad
 */

/** @param {string} url @param {string} type */
function kindOf(url, type) {
	const path = new URL(url).pathname;
	if (type === 'script' || /\.m?js$/.test(path)) return 'js';
	if (type === 'stylesheet' || /\.css$/.test(path)) return 'css';
	if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (type === 'document') return 'html';
	if (type === 'image' || /\.(svg|png|jpe?g|webp|avif|gif)$/.test(path)) return 'image';
	if (/\.(json|geojson|topojson)$/.test(path) || type === 'fetch' || type === 'xhr') return 'data';
	return 'other';
}

/**
 * The CSS a page carries inline (SvelteKit inlines the route's small stylesheets into the HTML so
 * they do not block the first paint): counted as the page's CSS, as one entry, gzipped on its own,
 * so moving CSS into the HTML never hides it from the budget.
 * @param {URL} u @param {Buffer} body @returns {Loaded[]}
 */
function inlineStyles(u, body) {
	const css = Array.from(body.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
		.map((m) => m[1] ?? '')
		.join('\n');
	if (!css.trim()) return [];
	const bytes = Buffer.from(css);
	return [
		{
			path: `${u.pathname} (inline <style>)`,
			kind: 'css',
			raw: bytes.length,
			gzip: gzipSize(bytes),
			host: u.host
		}
	];
}

/**
 * @param {import('@playwright/test').Page} page a fresh page (no cache shared with earlier loads)
 * @param {string} url absolute URL of the route
 * @param {{ inUse?: boolean }} [options] inUse: also count what a reader fetches once it moves
 *   (the page is scrolled by a screen and left to go quiet again): the reader loads Leaflet and
 *   Motion's code (GSAP) only then, as the deck (at the lecturer's first key) and the embed do.
 * @returns {Promise<FirstLoad>}
 */
export async function measureFirstLoad(page, url, options = {}) {
	/** @type {Promise<Loaded[] | undefined>[]} */
	const pending = [];
	const origin = new URL(url).host;
	/** @param {import('@playwright/test').Response} response */
	const onResponse = (response) => {
		pending.push(
			(async () => {
				const u = new URL(response.url());
				if (!/^https?:$/.test(u.protocol)) return undefined;
				/** @type {Buffer} */
				let body;
				try {
					body = await response.body();
				} catch {
					return undefined; // a redirect or an aborted request has no body
				}
				const kind = /** @type {Loaded['kind']} */ (
					kindOf(response.url(), response.request().resourceType())
				);
				const file = {
					path: u.pathname,
					kind,
					raw: body.length,
					gzip: gzipSize(body),
					host: u.host
				};
				return kind === 'html' ? [file, ...inlineStyles(u, body)] : [file];
			})()
		);
	};
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'networkidle' });
	// A long page can hydrate for longer than the idle window: a first load ends only once the map
	// has drawn the first scene (Leaflet and the map data are part of it), or, in a reader opened
	// at the top, has its data and waits for the reader's first move; and all is quiet.
	if (await page.locator('.map').count()) {
		await page.waitForSelector('.map[data-scene-step], .map[data-map-waiting]', {
			state: 'attached',
			timeout: 60_000
		});
		await page.waitForLoadState('networkidle');
	}
	if (options.inUse) {
		await page.mouse.wheel(0, 800);
		if (await page.locator('.map').count())
			await page.waitForSelector('.map[data-scene-step]', { state: 'attached', timeout: 60_000 });
		// Quiet: no new response for half a second (the load state 'networkidle' is long reached).
		for (let seen = -1; seen !== pending.length;) {
			seen = pending.length;
			await page.waitForTimeout(500);
		}
	}
	page.off('response', onResponse);
	const files = /** @type {Loaded[]} */ ((await Promise.all(pending)).flat().filter(Boolean));
	/** @param {Loaded['kind'][]} kinds */
	const sum = (...kinds) =>
		files.filter((f) => kinds.includes(f.kind)).reduce((s, f) => s + f.gzip, 0);
	return {
		files,
		js: sum('js'),
		css: sum('css'),
		jsCss: sum('js', 'css'),
		data: sum('data'),
		fonts: sum('font'),
		html: sum('html'),
		foreign: files.filter((f) => f.host !== origin).map((f) => `${f.host}${f.path}`)
	};
}
