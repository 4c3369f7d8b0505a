/**
 * Every route the build has (index, reader, deck, notes, handout, embed), in both motion settings:
 * no request to any host but the site's own, and no console error or uncaught exception, from the
 * first byte through scrolling or stepping to the end.
 */
import { expect, test } from '@playwright/test';
import { routesToCover } from '../../scripts/bench/routes.mjs';
import { watchPage } from './helpers';

const routes = routesToCover();
const listed = routes.map((r) => r.path).join(' ');

test.describe(`no other host, no console error (routes in build/: ${listed || 'none'})`, () => {
	test('build/ has the index and a reader', () => {
		expect(routes.some((r) => r.mode === 'index')).toBe(true);
		expect(
			routes.some((r) => r.mode === 'read'),
			'build/ has a story reader'
		).toBe(true);
	});

	for (const route of routes) {
		for (const reducedMotion of ['no-preference', 'reduce'] as const) {
			test(`${route.mode} ${route.path} (${reducedMotion})`, async ({ page, baseURL }) => {
				test.setTimeout(150_000);
				await page.emulateMedia({ reducedMotion });
				const host = new URL(baseURL as string).host;
				const { foreign, errors } = watchPage(page, host);
				await page.goto(route.path, { waitUntil: 'networkidle' });
				// Go through the page: scroll a reader or a handout to the end, step a deck or an embed.
				if (route.mode === 'deck' || route.mode === 'embed' || route.mode === 'notes') {
					for (let i = 0; i < 5; i++) {
						await page.keyboard.press('ArrowRight');
						await page.waitForTimeout(150);
					}
					await page.keyboard.press('End');
				} else {
					const height = await page.evaluate(() => document.documentElement.scrollHeight);
					for (let y = 0; y < height; y += 2000) {
						await page.evaluate((top) => window.scrollTo(0, top), y);
						await page.waitForTimeout(60);
					}
					await page.keyboard.press('End');
				}
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(500);
				expect(foreign, `${route.path}: requests to other hosts`).toEqual([]);
				expect(errors, `${route.path}: console errors and page errors`).toEqual([]);
			});
		}
	}
});
