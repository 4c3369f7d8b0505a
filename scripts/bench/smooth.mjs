/**
 * Smoothness: the whole story scrolled at a steady pace in Chromium with the CPU throttled 6× over
 * CDP (Emulation.setCPUThrottlingRate). Measured only during the scroll, after the page has loaded
 * and come to rest: the share of frames longer than 33 ms (rAF deltas), the long animation frames
 * (PerformanceObserver 'long-animation-frame', with their blockingDuration) and the long tasks.
 * Each run is a fresh page; the result is the median of the runs.
 */
import { atRest, launch, median } from './browser.mjs';

/**
 * @typedef {{ frames: number, slowShare: number, p95: number, loafCount: number, loafBlocking: number,
 *   longTasks: number, longTaskTotal: number, seconds: number, distance: number }} SmoothRun
 */

/**
 * @param {string} url the reader
 * @param {{ runs?: number, speed?: number, rate?: number, viewport?: { width: number, height: number } }} [options]
 *   speed in CSS px per second, rate the CPU slowdown
 * @returns {Promise<{ runs: SmoothRun[], median: SmoothRun, speed: number, rate: number, viewport: { width: number, height: number } }>}
 */
export async function measureSmoothness(url, options = {}) {
	const { runs = 3, speed = 1500, rate = 6, viewport = { width: 1280, height: 800 } } = options;
	const browser = await launch();
	/** @type {SmoothRun[]} */
	const results = [];
	try {
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(url);
			await atRest(page);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			await page.waitForTimeout(500);
			const run = await page.evaluate(
				(pxPerSecond) =>
					new Promise((resolve) => {
						/** @type {number[]} */
						const deltas = [];
						let loafCount = 0;
						let loafBlocking = 0;
						let longTasks = 0;
						let longTaskTotal = 0;
						const observers = [];
						try {
							const loaf = new PerformanceObserver((list) => {
								for (const e of list.getEntries()) {
									loafCount++;
									loafBlocking +=
										/** @type {{ blockingDuration?: number }} */ (e).blockingDuration ?? 0;
								}
							});
							loaf.observe({ type: 'long-animation-frame', buffered: false });
							observers.push(loaf);
						} catch {
							loafCount = NaN;
						}
						const lt = new PerformanceObserver((list) => {
							for (const e of list.getEntries()) {
								longTasks++;
								longTaskTotal += e.duration;
							}
						});
						lt.observe({ type: 'longtask', buffered: false });
						observers.push(lt);
						const max = document.documentElement.scrollHeight - innerHeight;
						const start = performance.now();
						let last = start;
						window.scrollTo(0, 0);
						const frame = (/** @type {number} */ now) => {
							deltas.push(now - last);
							last = now;
							const y = Math.min(max, ((now - start) / 1000) * pxPerSecond);
							window.scrollTo(0, y);
							if (y < max) requestAnimationFrame(frame);
							else
								setTimeout(() => {
									observers.forEach((o) => o.disconnect());
									const sorted = deltas.slice(1).sort((a, b) => a - b);
									resolve({
										frames: sorted.length,
										slowShare: sorted.filter((d) => d > 33.4).length / Math.max(1, sorted.length),
										p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
										loafCount,
										loafBlocking,
										longTasks,
										longTaskTotal,
										seconds: (performance.now() - start) / 1000,
										distance: max
									});
								}, 300);
						};
						requestAnimationFrame((now) => {
							last = now;
							requestAnimationFrame(frame);
						});
					}),
				speed
			);
			results.push(/** @type {SmoothRun} */ (run));
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await context.close();
		}
	} finally {
		await browser.close();
	}
	/** @type {(keyof SmoothRun)[]} */
	const keys = [
		'frames',
		'slowShare',
		'p95',
		'loafCount',
		'loafBlocking',
		'longTasks',
		'longTaskTotal',
		'seconds',
		'distance'
	];
	const med = /** @type {SmoothRun} */ (
		Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]))
	);
	return { runs: results, median: med, speed, rate, viewport };
}
