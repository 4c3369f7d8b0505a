/**
 * The reader opens on its title card, which fills the first screen; the map is below it. The map
 * (Leaflet), the scroll triggers and Motion start with the reader's first move, not during the
 * load: at the top nothing is to be seen of them yet. These tests hold both halves: nothing of
 * Leaflet runs or is fetched before the move, and any first move (the wheel, a key) draws the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { discoverStory, settle, storyPath } from './helpers';

/** Watches the page's requests for Leaflet's stylesheet, which comes with the map's code. */
function watchLeaflet(page: Page): () => string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		if (/\/leaflet[.-][^/]*\.(css|js)$/.test(new URL(r.url()).pathname)) seen.push(r.url());
	});
	return () => seen;
}

async function openAtTop(page: Page): Promise<string> {
	const slug = await discoverStory(page);
	await page.goto(storyPath(slug));
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
	const map = page.locator('.map');
	await expect(map, 'the map waits for the first move').toHaveAttribute('data-map-waiting', '');
	return slug;
}

test('at the top the map waits, unloaded, and the first turn of the wheel draws it', async ({
	page
}) => {
	const leaflet = watchLeaflet(page);
	await openAtTop(page);
	// Give a start that should not happen the time to happen.
	await page.waitForTimeout(1_000);
	await expect(page.locator('.reader')).toHaveAttribute('data-active-step', '0');
	expect(await page.locator('.map .leaflet-container, .map.leaflet-container').count()).toBe(0);
	expect(leaflet(), 'nothing of Leaflet is fetched before the reader moves').toEqual([]);
	expect(await page.evaluate(() => scrollY)).toBe(0);

	await page.mouse.move(200, 200);
	await page.mouse.wheel(0, 300);
	await expect(page.locator('.map')).toHaveAttribute('data-scene-step', /^\d+$/, {
		timeout: 20_000
	});
	await expect(page.locator('.map')).not.toHaveAttribute('data-map-waiting', '');
	expect(leaflet().length, "Leaflet's code is fetched once the reader moves").toBeGreaterThan(0);
	await expect(page.locator('.map .leaflet-marker-pane > *').first()).toBeAttached();
	await settle(page);
});

test('at the top the step key alone starts everything: the next step and its scene', async ({
	page
}) => {
	await openAtTop(page);
	await page.locator('main h1').click(); // focus in the page, on no control
	await page.keyboard.press('j');
	const s = await settle(page, { expected: 1, message: 'j from the top' });
	expect(s.scene, "the map shows the first step's scene").toBe(1);
	expect(s.waiting).toBe(false);
});
