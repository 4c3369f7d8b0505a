/**
 * Scale: a generated story of 1,000 steps over 300 places (scripts/gen-story.mjs), built into its
 * own folder (LANTERN_STORIES + LANTERN_BUILD_DIR), then measured: build time, the reader's HTML,
 * its first-load JS+CSS (which must not grow with the step count), the time from putting step k
 * in place to `.map[data-scene-step=k]` (reduced motion, so the map jumps: the cost of applying a
 * scene, not the length of a flight), and the JS heap after one and after three scroll-throughs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, ROOT } from './bytes.mjs';
import { atRest, launch, median } from './browser.mjs';
import { measureFirstLoad } from './first-load.mjs';
import { serve } from './server.mjs';
import { generateStory, SCALE_SLUG } from '../gen-story.mjs';

const WORK = join(ROOT, '.bench', 'scale');

/**
 * @param {{ steps?: number, places?: number }} [options]
 */
export async function measureScale({ steps = 1000, places = 300 } = {}) {
	const stories = join(WORK, 'stories');
	// Inside the project, so that the prerender's server code resolves node_modules.
	const out = join(WORK, 'build');
	rmSync(WORK, { recursive: true, force: true });
	generateStory(stories, { steps, places });

	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const started = Date.now();
	const build = spawnSync('bash', ['-c', `time -p "${process.execPath}" "${vite}" build`], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, LANTERN_STORIES: stories, LANTERN_BUILD_DIR: out },
		maxBuffer: 64 * 1024 * 1024
	});
	const wall = (Date.now() - started) / 1000;
	if (build.status !== 0)
		throw new Error(`the scale build failed:\n${build.stdout}\n${build.stderr}`);
	const cpu = ['user', 'sys']
		.map((k) => Number(new RegExp(`^${k} ([\\d.]+)`, 'm').exec(build.stderr)?.[1] ?? NaN))
		.reduce((a, b) => a + b, 0);

	const htmlFile = join(out, SCALE_SLUG, 'index.html');
	if (!existsSync(htmlFile)) throw new Error(`${htmlFile} was not built`);
	const html = readFileSync(htmlFile);

	const server = await serve(out);
	const browser = await launch();
	try {
		const url = `${server.origin}/${SCALE_SLUG}/`;
		// First load, uncompressed bodies gzipped one by one, as for the real story.
		const loadContext = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			serviceWorkers: 'block'
		});
		const firstLoad = await measureFirstLoad(await loadContext.newPage(), url);
		await loadContext.close();

		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			reducedMotion: 'reduce',
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(url);
		await atRest(page);
		const count = await page.locator('article.step').count();

		// Time to apply a step's scene: 20 steps in a fixed pseudo-random order.
		/** @type {number[]} */
		const applyTimes = [];
		let seed = 42;
		for (let n = 0; n < 20; n++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const k = 1 + (seed % (count - 1));
			applyTimes.push(
				await page.evaluate(
					(i) =>
						new Promise((resolve, reject) => {
							const map = /** @type {HTMLElement} */ (document.querySelector('.map'));
							const article = document.querySelectorAll('article.step')[i];
							const slot = article?.closest('li.step-slot') ?? article;
							if (!slot) return reject(new Error(`no step ${i}`));
							const t0 = performance.now();
							const done = () => {
								if (map.dataset.sceneStep !== String(i)) return false;
								observer.disconnect();
								clearTimeout(timer);
								resolve(performance.now() - t0);
								return true;
							};
							const observer = new MutationObserver(done);
							observer.observe(map, { attributes: true, attributeFilter: ['data-scene-step'] });
							const timer = setTimeout(() => {
								observer.disconnect();
								reject(new Error(`step ${i}: the scene was not applied within 10 s`));
							}, 10_000);
							const top = scrollY + slot.getBoundingClientRect().top - 0.4 * innerHeight;
							scrollTo({ top, behavior: 'instant' });
						}),
					k
				)
			);
		}

		// Heap after one and after three scroll-throughs, each step put in place for a frame.
		const cdp = await context.newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const usage = /** @type {{ usedSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
			return usage.usedSize;
		};
		// A pass puts every `stride`-th step in place for one frame (every second one for 1,000 steps:
		// a brisk scroll) and returns to the top.
		const stride = Math.max(1, Math.round(count / 500));
		const passThrough = () =>
			page.evaluate(async (every) => {
				const slots = Array.from(document.querySelectorAll('article.step'))
					.map((a) => a.closest('li.step-slot') ?? a)
					.filter((_, i) => i % every === 0);
				const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
				for (const slot of slots) {
					scrollTo({
						top: scrollY + slot.getBoundingClientRect().top - 0.4 * innerHeight,
						behavior: 'instant'
					});
					await frame();
				}
				scrollTo({ top: 0, behavior: 'instant' });
				await frame();
				await frame();
			}, stride);
		const heapStart = await heap();
		await passThrough();
		await page.waitForTimeout(500);
		const heapAfter1 = await heap();
		await passThrough();
		await passThrough();
		await page.waitForTimeout(500);
		const heapAfter3 = await heap();
		await context.close();

		return {
			steps: count,
			places,
			buildSeconds: wall,
			buildCpuSeconds: cpu,
			htmlRaw: html.length,
			htmlGzip: gzipSize(html),
			firstLoad,
			applyMedianMs: median(applyTimes),
			applyMaxMs: Math.max(...applyTimes),
			heapStart,
			heapAfter1,
			heapAfter3,
			heapStride: stride
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
