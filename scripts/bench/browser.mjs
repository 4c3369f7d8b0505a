/** Debian's Chromium for the bench, with the flags that keep it off the network (shared/design/stack.md). */
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-precise-memory-info'
];

export function launch() {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** @param {number[]} values */
export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Waits until the page's map has applied a scene (if it has a map), after the network is idle.
 * A reader opened at the top starts its map on the reader's first move: this makes one (a
 * scroll event), so that what is measured next is the map at work, not its start.
 * @param {import('@playwright/test').Page} page
 */
export async function atRest(page) {
	await page.waitForLoadState('networkidle');
	if (await page.locator('.map').count()) {
		await page.waitForSelector('.map[data-scene-step], .map[data-map-waiting]', {
			state: 'attached',
			timeout: 30_000
		});
		await page.evaluate(() => {
			if (document.querySelector('.map[data-map-waiting]')) dispatchEvent(new Event('scroll'));
		});
		await page.waitForSelector('.map[data-scene-step]', { timeout: 30_000 });
	}
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
}
