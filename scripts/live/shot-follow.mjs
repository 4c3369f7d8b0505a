#!/usr/bin/env node
/**
 * docs/lecture.md's picture of a phone following a lecture: the built site and a real relay
 * (`npm run live`'s, rooms in memory), a room made as the deck makes it, a lecturer's step sent
 * with its token, and a 390×844 page following it in Chromium. Run `npm run build` first.
 *
 *   node scripts/live/shot-follow.mjs [step-number] [out.png]     (step-number is 1-based)
 */
import { chromium } from '@playwright/test';
import { WebSocket } from 'ws';
import { spawnRelay } from './spawn-relay.mjs';

const [stepArg = '14', out = 'docs/lecture/phone-following.png'] = process.argv.slice(2);
const story = process.env.LANTERN_STORY ?? 'the-crisis-has-matured';
const step = Number(stepArg) - 1;

const relay = await spawnRelay({ PORT: '0', LANTERN_BUILD_DIR: 'build' });
const origin = `http://127.0.0.1:${relay.port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const res = await fetch(`${origin}/live/rooms`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ story })
	});
	if (res.status !== 201) throw new Error(`POST /live/rooms: ${res.status} ${await res.text()}`);
	const { room, token } = await res.json();
	const lecturer = new WebSocket(`${origin.replace('http', 'ws')}/live`);
	await new Promise((open, fail) => lecturer.once('open', open).once('error', fail));
	lecturer.send(JSON.stringify({ t: 'hello', role: 'presenter', room, token }));
	lecturer.send(JSON.stringify({ t: 'goto', step }));

	const page = await browser.newPage({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	// Reduced motion: the picture shows the scene at rest, not a frame of the flight to it.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${origin}/j/${room}`);
	await page.waitForSelector(`[data-live-status="following"]`);
	await page.waitForSelector(`.map[data-scene-step="${step}"]`);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(500);
	await page.screenshot({ path: out });
	console.log(`Wrote ${out} (room ${room}, step ${step + 1})`);
	lecturer.close();
} finally {
	await browser.close();
	await relay.stop();
}
