/**
 * axe-core on every route the build has, in both motion settings, at 1280×800 (a laptop) and
 * 390×844 (a phone, touch, 3× pixels): no violation of WCAG 2.0/2.1/2.2 A and AA, nor of axe's
 * best practices. Each scan runs after the page is at rest (network idle, the map's first scene
 * applied where there is a map), with the chapter menu open so its links are scanned too.
 * (A desktop-only file: it opens its own contexts for both sizes.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { routesToCover } from '../../scripts/bench/routes.mjs';
import { motionAtRest, startMap } from './helpers';

const routes = routesToCover();
const listed = routes.map((r) => r.path).join(' ');

const SIZES = [
	{
		name: '1280x800',
		viewport: { width: 1280, height: 800 },
		isMobile: false,
		deviceScaleFactor: 1
	},
	{ name: '390x844', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 3 }
] as const;

async function atRest(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	const map = page.locator('.map').first();
	if ((await map.count()) > 0 && (await map.isVisible())) {
		// A reader at the top starts its map on the first move: make it, so the map is scanned too.
		await startMap(page);
		await expect(map).toHaveAttribute('data-scene-step', /\d+/, { timeout: 15_000 });
	}
	// Open every disclosure (the chapter menu) so that its contents are scanned as well.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
	await motionAtRest(page);
}

function report(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
	return violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes
					.slice(0, 5)
					.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
					.join('\n')
		)
		.join('\n');
}

test.describe(`axe: no violations (routes in build/: ${listed || 'none'})`, () => {
	test('build/ has the index and a reader', () => {
		expect(routes.some((r) => r.mode === 'index')).toBe(true);
		expect(
			routes.some((r) => r.mode === 'read'),
			'build/ has a story reader'
		).toBe(true);
	});

	for (const route of routes)
		for (const size of SIZES)
			for (const reducedMotion of ['no-preference', 'reduce'] as const) {
				test(`${route.mode} ${route.path} at ${size.name}, motion ${reducedMotion}`, async ({
					browser,
					baseURL
				}) => {
					test.setTimeout(180_000);
					const context = await browser.newContext({
						baseURL,
						viewport: size.viewport,
						isMobile: size.isMobile,
						hasTouch: size.isMobile,
						deviceScaleFactor: size.deviceScaleFactor,
						reducedMotion
					});
					try {
						const page = await context.newPage();
						await page.goto(route.path);
						await atRest(page);
						const result = await new AxeBuilder({ page })
							.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
							.analyze();
						expect(
							result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`),
							report(result.violations)
						).toEqual([]);
					} finally {
						await context.close();
					}
				});
			}
});
