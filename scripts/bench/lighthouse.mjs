/**
 * Lighthouse 12 (mobile and desktop presets) against a served build, in Debian's Chromium.
 * Mobile is Lighthouse's default: a Moto G Power-sized screen, simulated slow 4G and 4× CPU.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROME_PATH =
	process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * chrome-launcher's own flags, with paint holding also off. Headless Chromium holds the first
 * frame of a navigation from about:blank for 1–2 s on this machine, even for a page of plain HTML
 * and CSS (the home page: first paint at 1.2–2.2 s with it, 0.3 s without). Lighthouse's simulation
 * then counts every script that ran in that idle wait as blocking the first paint. The hold is
 * the headless browser's, not the page's: a page with no script at all shows it too.
 */
const DEFAULTS = chromeLauncher.Launcher.defaultFlags().map((flag) =>
	flag.startsWith('--disable-features=') ? `${flag},PaintHolding` : flag
);

export const FLAGS = [
	...DEFAULTS,
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcp: number, tbt: number, cls: number, fcp: number, failing: string[] }} LighthouseResult
 */

/**
 * @param {string[]} urls
 * @param {'mobile' | 'desktop'} formFactor
 * @returns {Promise<Map<string, LighthouseResult>>}
 */
export async function runLighthouse(urls, formFactor) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: FLAGS,
		ignoreDefaultFlags: true
	});
	/** @type {Map<string, LighthouseResult>} */
	const out = new Map();
	try {
		for (const url of urls) {
			const result = await lighthouse(
				url,
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				},
				formFactor === 'desktop' ? desktopConfig : undefined
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const lhr = result.lhr;
			// LANTERN_LH_JSON=dir keeps each full report, to see what a score is made of.
			if (process.env.LANTERN_LH_JSON) {
				const name = `${formFactor}-${new URL(url).pathname.replace(/\W+/g, '_')}.json`;
				writeFileSync(join(process.env.LANTERN_LH_JSON, name), JSON.stringify(lhr));
			}
			const score = (/** @type {string} */ id) => lhr.categories[id]?.score ?? 0;
			const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
			// Audits that cost points: what to fix when a score is below target.
			const failing = Object.values(lhr.categories)
				.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
				.filter((id, i, all) => all.indexOf(id) === i)
				.map((id) => lhr.audits[id])
				.filter((a) => a && a.score !== null && a.score < 0.9)
				.map((a) => `${a?.id} (${a?.score})${a?.displayValue ? `: ${a.displayValue}` : ''}`);
			out.set(url, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
				fcp: metric('first-contentful-paint'),
				failing
			});
		}
	} finally {
		chrome.kill();
	}
	return out;
}
