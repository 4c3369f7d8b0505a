/**
 * The reader's first move. Opened at its title, the story page runs no app during its load: the
 * app (hydration, then the map with Leaflet, the scroll triggers, GSAP) starts on the reader's
 * first move, so that is where its cost goes. This measures that cost, on a phone-sized page
 * with the CPU throttled 4× through CDP (Lighthouse's mobile slowdown), served from memory: from
 * the first turn of the wheel to the map's first scene, and the main thread's blocking time
 * (long tasks' time over 50 ms) in between. Each run is a fresh page; medians.
 */
import { launch, median } from './browser.mjs';

/** @typedef {{ toMap: number, blocking: number, longest: number }} MoveRun */

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
			await page.evaluate(() => {
				const w = /** @type {{ __tasks?: number[] }} */ (/** @type {unknown} */ (window));
				w.__tasks = [];
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.__tasks?.push(e.duration);
				}).observe({ type: 'longtask', buffered: false });
			});
			await page.mouse.move(200, 400);
			const t0 = await page.evaluate(() => performance.now());
			await page.mouse.wheel(0, 200);
			await page.waitForSelector('.map[data-scene-step]', { timeout: 60_000 });
			const run = await page.evaluate((start) => {
				const tasks =
					/** @type {{ __tasks?: number[] }} */ (/** @type {unknown} */ (window)).__tasks ?? [];
				return {
					toMap: performance.now() - start,
					blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
					longest: Math.max(0, ...tasks)
				};
			}, t0);
			results.push(run);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	/** @type {(keyof MoveRun)[]} */
	const keys = ['toMap', 'blocking', 'longest'];
	const med = /** @type {MoveRun} */ (
		Object.fromEntries(keys.map((k) => [k, median(results.map((x) => x[k]))]))
	);
	return { runs: results, median: med, rate };
}
