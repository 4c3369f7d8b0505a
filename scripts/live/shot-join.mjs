#!/usr/bin/env node
/**
 * docs/lecture/join-slide.png: the deck's join slide, taken through a real relay (the built site
 * and the relay on one port, as `npm run live` serves them) in Chromium at 1280×800. Run
 * `npm run build` first.
 *
 *   node scripts/live/shot-join.mjs [story] [out.png]
 *
 * The room and its QR code are real. Only the relay's /live/info is answered here with a typical
 * hall address (192.168.1.20:4180), so the picture shows what students see rather than this
 * machine's own network, and comes out the same wherever it is taken.
 */
import { chromium } from '@playwright/test';
import { spawnRelay } from './spawn-relay.mjs';

const [story = 'the-crisis-has-matured', out = 'docs/lecture/join-slide.png'] =
	process.argv.slice(2);
const relay = await spawnRelay({ PORT: '0', LANTERN_BUILD_DIR: 'build' });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.route('**/live/info', (route) =>
		route.fulfill({ json: { addresses: ['http://192.168.1.20:4180'] } })
	);
	await page.goto(`http://127.0.0.1:${relay.port}/${story}/present/`);
	await page.waitForSelector('.map[data-scene-step]');
	await page.keyboard.press('l');
	await page.waitForSelector('dialog[open] [data-follow-url][href*="192.168.1.20"]');
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(300);
	await page.screenshot({ path: out });
	console.log(`Wrote ${out}`);
} finally {
	await browser.close();
	await relay.stop();
}
