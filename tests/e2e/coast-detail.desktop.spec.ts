/**
 * The full-resolution coast (#15): a scene that looks closely inside a detail box fetches that
 * box's coast (/<slug>/coast/<box>.json) and draws it over the regional base; the reader's first
 * load fetches none of it, and a scene of the region fetches none either. Reduced motion: each
 * scene jumps into place.
 */
import { expect, test, type Page } from '@playwright/test';
import { openStory, scrollStepTo, settle, startMap, steps, storyPath } from './helpers';

test.use({ reducedMotion: 'reduce' });

const SLUG = 'the-crisis-has-matured';

/** The coast boxes the page has asked for, by name. */
function watchCoast(page: Page): string[] {
	const asked: string[] = [];
	page.on('request', (r) => {
		const m = /\/coast\/([^/]+)\.json$/.exec(new URL(r.url()).pathname);
		if (m?.[1]) asked.push(m[1]);
	});
	return asked;
}

/** What the detail picture shows: its boxes, whether it is shown, the size of each box's coast. */
async function drawnCoast(page: Page) {
	return page.evaluate(() => {
		const svg = document.querySelector<SVGSVGElement>('.map svg.lantern-detail');
		return {
			shown: !!svg && getComputedStyle(svg).display !== 'none',
			boxes: Array.from(svg?.querySelectorAll<SVGGElement>('g[data-coast]') ?? []).map((g) => ({
				name: g.dataset.coast ?? '',
				land: g.querySelector('path.lantern-land')?.getAttribute('d')?.length ?? 0
			}))
		};
	});
}

test('the first load fetches no detail coast', async ({ page }) => {
	const asked = watchCoast(page);
	await page.goto(storyPath(SLUG));
	await page.waitForSelector('.map[data-map-waiting]', { state: 'attached' });
	await page.waitForLoadState('networkidle');
	expect(asked, 'before the first move').toEqual([]);
	await startMap(page);
	await settle(page);
	// The first step (Razliv, seen from Petrograd) looks into the Petrograd box only.
	expect(asked.filter((b) => b !== 'petrograd')).toEqual([]);
});

for (const [step, box] of [
	['resignation', 'vyborg'], // Latukka's flat in Talikkala, at street scale
	['rovio-flat', 'helsingfors']
] as const) {
	test(`a scene at ${step} fetches and draws the ${box} box only`, async ({ page }) => {
		const asked = watchCoast(page);
		await openStory(page, SLUG, step);
		const zoom = Number(await page.locator('.map').getAttribute('data-map-zoom'));
		expect(zoom, 'a close scene').toBeGreaterThanOrEqual(13);
		await expect.poll(() => drawnCoast(page)).toMatchObject({ shown: true });
		const drawn = await drawnCoast(page);
		expect(drawn.boxes.map((b) => b.name)).toEqual([box]);
		// Thousands of points of coast, not Natural Earth's few.
		expect(drawn.boxes[0]?.land ?? 0).toBeGreaterThan(20_000);
		expect(asked).toEqual([box]);
	});
}

test('a scene of the region fetches no detail coast and shows none', async ({ page }) => {
	const asked = watchCoast(page);
	await openStory(page, SLUG, 'kornilov'); // Petrograd at zoom 8
	expect(Number(await page.locator('.map').getAttribute('data-map-zoom'))).toBeLessThan(9);
	await page.waitForLoadState('networkidle');
	expect(asked).toEqual([]);
	expect((await drawnCoast(page)).shown).toBe(false);
});

test.describe('with motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('a box that arrives during the flight to a close scene is shown when it lands', async ({
		page
	}) => {
		const asked = watchCoast(page);
		await openStory(page, SLUG, 'to-vyborg'); // Helsingfors to Petrograd: a regional view
		expect((await drawnCoast(page)).shown).toBe(false);
		const target = (await steps(page)).find((s) => s.id === 'resignation');
		if (!target) throw new Error('no step resignation');
		await scrollStepTo(page, target.index);
		await settle(page, { expected: target.index });
		await expect.poll(() => drawnCoast(page)).toMatchObject({ shown: true });
		expect((await drawnCoast(page)).boxes.map((b) => b.name)).toContain('vyborg');
		expect(asked).toContain('vyborg');
	});
});
