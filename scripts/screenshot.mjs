#!/usr/bin/env node
/**
 * `npm run screenshot`: the README's picture of the reader, taken from build/ in Chromium at
 * 1280×800 on a step with a letter and the map at rest. Run `npm run build` first.
 *
 *   node scripts/screenshot.mjs [step-id] [out.png]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const [step = 'crisis-has-matured', out = 'docs/screenshot-reader.png'] = process.argv.slice(2);
const port = 4189;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(port)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((ready) => server.stdout.once('data', ready));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	// Reduced motion: the picture shows each cue's end state, not a frame from the middle of it.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`http://127.0.0.1:${port}/the-crisis-has-matured/#${step}`);
	await page.waitForSelector(`.map[data-scene-step]`);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(500);
	await page.screenshot({ path: out });
	console.log(`Wrote ${out}`);
} finally {
	await browser.close();
	server.kill();
}
