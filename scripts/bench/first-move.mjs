/**
 * The reader's first move. Opened at its title, the story page runs no app during its load: the
 * app (hydration, then the map with Leaflet, the scroll triggers, GSAP) starts on the reader's
 * first move, so that is where its cost goes. Until the live map is up, the map panel shows the
 * step in view as a build-time picture (src/lib/ui/StepPicture.svelte, the inline script of
 * src/app.html).
 *
 * This measures it on a phone-sized page with the CPU throttled 4× through CDP (Lighthouse's
 * mobile slowdown), served from memory. One turn of the wheel takes the reader from the title
 * into the second step (index 1), whose scene the cover does not show, so that the panel has to
 * change to answer it. From that turn:
 * - toScene: until the panel shows the scene of the step in view, as a picture or as the live
 *   map (the first frame after the picture is set, or after the live map has applied that step);
 * - toMap: until the live map has applied that step (`.map[data-scene-step]`);
 * - the main thread's blocking time (long tasks' time over 50 ms) until the live map.
 * Each run is a fresh page; medians.
 */
import { launch, median } from './browser.mjs';

/** @typedef {{ toScene: number, toMap: number, blocking: number, longest: number, step: number, by: string }} MoveRun */

/**
 * @param {string} url the reader, at its title
 * @param {{ runs?: number, rate?: number }} [options]
 * @returns {Promise<{ runs: MoveRun[], median: MoveRun, rate: number }>}
 */
export async function measureFirstMove(url, options = {}) {
	const { runs = 3, rate = 4 } = options;
	const browser = await launch();
	/** @type {MoveRun[]} */
	const results = [];
	try {
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForLoadState('networkidle');
			await page.waitForSelector('.map[data-map-waiting]', { state: 'attached' });
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			// How far to turn the wheel: the second step's top a little above the line where a step
			// counts as in view (60% of the screen, the reader's scroll triggers), still short of the
			// third. Then the watch: when the panel first shows that step's scene, either way.
			const delta = await page.evaluate(() => {
				const tops = [...document.querySelectorAll('main [data-step]')]
					.slice(0, 3)
					.map((el) => el.getBoundingClientRect().top + scrollY);
				const line = innerHeight * 0.6;
				const [, second = 0, third = second + 200] = tops;
				return Math.round(second - line + Math.min(60, (third - second) / 2));
			});
			await page.evaluate(() => {
				const w = /** @type {any} */ (window);
				w.__tasks = [];
				w.__seen = {};
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
				}).observe({ type: 'longtask', buffered: false });
				// The step the panel must show: the one in view once the wheel has turned.
				const inView = () => {
					const line = innerHeight * 0.6;
					let i = -1;
					document.querySelectorAll('main [data-step]').forEach((el, j) => {
						if (el.getBoundingClientRect().top <= line) i = j;
					});
					return i;
				};
				const check = () => {
					const step = String(inView());
					const picture = document.querySelector(
						`img[data-step-pictures][data-picture-step="${step}"]:not([hidden])`
					);
					const map = document.querySelector(`.map[data-scene-step="${step}"]`);
					for (const [name, on] of /** @type {const} */ ([
						['picture', picture],
						['map', map]
					]))
						if (on && !w.__seen[name])
							// The frame that paints it: its start, after the change.
							requestAnimationFrame(() => (w.__seen[name] ??= performance.now()));
				};
				new MutationObserver(check).observe(document.body, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-picture-step', 'hidden', 'data-scene-step']
				});
			});
			await page.mouse.move(200, 400);
			const t0 = await page.evaluate(() => performance.now());
			await page.mouse.wheel(0, delta);
			await page.waitForFunction(() => /** @type {any} */ (window).__seen.map !== undefined, null, {
				timeout: 60_000,
				polling: 50
			});
			const run = await page.evaluate((start) => {
				const w = /** @type {any} */ (window);
				/** @type {[number, number][]} */
				const tasks = w.__tasks.filter((/** @type {[number, number]} */ [s]) => s < w.__seen.map);
				const picture = w.__seen.picture ?? Infinity;
				return {
					toScene: Math.min(picture, w.__seen.map) - start,
					toMap: w.__seen.map - start,
					blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
					longest: Math.max(0, ...tasks.map(([, d]) => d)),
					step: Number(document.querySelector('main')?.getAttribute('data-active-step')),
					by: picture < w.__seen.map ? 'picture' : 'live map'
				};
			}, t0);
			if (run.step < 1)
				throw new Error(`first move: the wheel left the reader on step ${run.step}`);
			results.push(run);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	/** @type {('toScene' | 'toMap' | 'blocking' | 'longest')[]} */
	const keys = ['toScene', 'toMap', 'blocking', 'longest'];
	const med = /** @type {MoveRun} */ ({
		...Object.fromEntries(keys.map((k) => [k, median(results.map((x) => x[k]))])),
		step: results[0]?.step ?? NaN,
		by: results.map((x) => x.by).join(', ')
	});
	return { runs: results, median: med, rate };
}
