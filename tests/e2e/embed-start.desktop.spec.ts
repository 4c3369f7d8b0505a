/**
 * The embed opens on a picture of its first scene and starts the live map (Leaflet, map.json,
 * GSAP) only when the reader shows interest or its frame comes into the host page's view
 * (src/lib/embed/start.ts): on a phone the map's start was most of the embed's blocking time.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { discoverStory, storyPath } from './helpers';
import { expectStep, openHost, snippet } from './embed-helpers';

/** Every script and stylesheet the page asks for, and whether it asked for the map data. */
function watchMapLoads(page: Page) {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	return {
		/** Whether Leaflet (its code or its stylesheet) or the map data was fetched. */
		async mapFetched(): Promise<string[]> {
			const scripts = urls.filter((u) => /\.js(\?|$)/.test(u));
			const bodies = await Promise.all(
				scripts.map(async (u) => ({ u, text: await (await page.request.get(u)).text() }))
			);
			return [
				...urls.filter((u) => /\/map\.json|leaflet[^/]*\.css/.test(u)),
				...bodies.filter((b) => b.text.includes('_leaflet_id')).map((b) => b.u)
			];
		}
	};
}

/** The picture in the map's place: loaded, and its box is the map's box. */
async function expectPoster(target: Page | Frame) {
	const img = target.locator('.map-panel .cover-slot img');
	await expect(img).toBeVisible();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
		.toBeGreaterThan(0);
	const [pic, map] = await Promise.all([
		img.boundingBox(),
		target.locator('.map-panel .map').boundingBox()
	]);
	expect(pic, 'the picture has the map’s place and size').toEqual(map);
	return map;
}

test.describe('the embed starts its map when wanted', () => {
	test.describe.configure({ timeout: 120_000 });
	let slug: string;

	test.beforeEach(async ({ page }) => {
		slug = await discoverStory(page);
	});

	test('opened alone it shows the picture and fetches no Leaflet until a click', async ({
		page
	}) => {
		const loads = watchMapLoads(page);
		await page.goto(`${storyPath(slug)}embed/`);
		await page.waitForSelector('.embed.live', { state: 'attached' });
		await expect(page.locator('.map')).toHaveAttribute('data-map-waiting', '');
		const before = await expectPoster(page);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		expect(await loads.mapFetched(), 'nothing of the map before the reader moves').toEqual([]);
		await expect(page.locator('.map')).not.toHaveAttribute('data-scene-step', /.*/);
		await expect(page.locator('.embed')).toHaveAttribute('data-active-step', /^\d+$/);

		await page.locator('.map-panel').click();
		await expect(page.locator('.map')).toHaveAttribute('data-scene-step', /^\d+$/, {
			timeout: 15_000
		});
		await expect(page.locator('.map')).not.toHaveAttribute('data-map-waiting', /.*/);
		await expect(page.locator('.map-panel .cover-slot')).toBeHidden();
		expect(await page.locator('.map-panel .map').boundingBox(), 'the map did not move').toEqual(
			before
		);
		expect((await loads.mapFetched()).length, 'Leaflet and map.json once started').toBeGreaterThan(
			1
		);
	});

	test('a step key starts the map and moves the step', async ({ page }) => {
		await page.goto(`${storyPath(slug)}embed/`);
		await page.waitForSelector('.embed.live .map[data-map-waiting]', { state: 'attached' });
		const first = Number(await page.locator('.embed').getAttribute('data-active-step'));
		await page.keyboard.press('ArrowRight');
		await expectStep(page.mainFrame(), first + 1);
	});

	test('far below the fold of a host page, the map starts when scrolled into view', async ({
		page
	}, info) => {
		const loads = watchMapLoads(page);
		// Without loading="lazy" (a host may drop it; WordPress' own markup differs): the frame
		// loads at once, so only the embed itself can hold its map back.
		const html = snippet(info, slug).replace(' loading="lazy"', '');
		await openHost(page, html, { gap: 4000 });
		let frame: Frame | undefined;
		await expect
			.poll(() => (frame = page.frames().find((f) => /\/embed\//.test(f.url()))) !== undefined)
			.toBe(true);
		const embed = frame as Frame;
		await embed.waitForSelector('.embed.live .map[data-map-waiting]', {
			state: 'attached',
			timeout: 30_000
		});
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(2000);
		expect(
			await embed.evaluate(() => document.querySelector('.map')?.hasAttribute('data-scene-step')),
			'no map while the frame is out of view'
		).toBe(false);
		expect(await loads.mapFetched(), 'nothing of the map while out of view').toEqual([]);

		await page.locator('iframe[data-lantern]').scrollIntoViewIfNeeded();
		await embed.waitForSelector('.map[data-scene-step]', { state: 'attached', timeout: 30_000 });
		await expect(embed.locator('.map-panel .cover-slot')).toBeHidden();
	});
});

test('a returning visitor: the embed preloads no font before its first paint, the deck does', async ({
	page
}) => {
	const slug = await discoverStory(page);
	const embed = `${storyPath(slug)}embed/`;
	await page.goto(embed);
	const version = await page.locator('html').getAttribute('data-version');
	// The embed remembers the fonts it fetched itself, in the task that takes them up (html.fonts,
	// web-fonts.ts); its app starts after the load event, so that write could land after the one
	// below, even while the deck is being asked for, and the deck then preloaded all five faces.
	await expect(page.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 15_000 });
	// What web-fonts.ts remembers once a page has fetched the fonts (app.html reads it).
	const font = new URL('/_app/immutable/assets/literata.woff2', page.url()).href;
	await page.evaluate(
		([v, url]) =>
			localStorage.setItem('lantern:fonts', JSON.stringify({ version: v, urls: [url] })),
		[version, font] as const
	);
	const preloads = () => page.locator('link[rel="preload"][as="font"]').count();
	await page.goto(`${storyPath(slug)}present/`);
	expect(await preloads(), 'the deck preloads the remembered fonts').toBe(1);
	await page.goto(embed);
	expect(await preloads(), 'the embed waits for no font').toBe(0);
	// It still takes the fonts up, after its first paint.
	await expect(page.locator('html')).toHaveClass(/\bfonts\b/);
});
