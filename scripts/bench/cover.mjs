/**
 * The reader's cover (issue 18): the share of the first screen its picture covers, on a laptop
 * (1280×800, target ≥ 30%) and a phone (390×844, target ≥ 25%), with and without JavaScript.
 * Only what lies within the first screen counts. tests/e2e/reader-cover.spec.ts holds the same
 * targets; this reports the figures.
 */
import { launch } from './browser.mjs';

export const COVER_SCREENS = [
	{ name: '1280×800', viewport: { width: 1280, height: 800 }, target: 0.3 },
	{ name: '390×844', viewport: { width: 390, height: 844 }, target: 0.25 }
];

/**
 * @param {string} url the reader, at its title
 * @returns {Promise<{ name: string, target: number, js: number, noJs: number }[]>}
 */
export async function measureCoverShare(url) {
	const browser = await launch();
	try {
		const out = [];
		for (const { name, viewport, target } of COVER_SCREENS) {
			/** @type {number[]} */
			const shares = [];
			for (const javaScriptEnabled of [true, false]) {
				const context = await browser.newContext({ viewport, javaScriptEnabled });
				const page = await context.newPage();
				await page.goto(url);
				await page.waitForLoadState('networkidle');
				shares.push(
					await page.evaluate(() => {
						const img = document.querySelector('.map-panel .cover img');
						if (!(img instanceof HTMLImageElement) || !img.complete || !img.naturalWidth) return 0;
						const r = img.getBoundingClientRect();
						const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
						const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
						return (w * h) / (innerWidth * innerHeight);
					})
				);
				await context.close();
			}
			out.push({ name, target, js: shares[0] ?? 0, noJs: shares[1] ?? 0 });
		}
		return out;
	} finally {
		await browser.close();
	}
}
