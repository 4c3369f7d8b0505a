/**
 * The reader's first moves, before its live map is up (issue 18, item 4): the map panel shows the
 * step in view as a build-time picture of its scene, set by the page's inline script (app.html),
 * with no app running; the live map then takes the picture's place at the same box, on the same
 * step. Without JavaScript the panel's picture stays hidden and every step keeps its own picture.
 */
import { expect, test, type Page } from '@playwright/test';
import { posterSizeName } from '../../src/lib/embed/poster';
import { COVER_FORMS } from '../../src/lib/ui/cover-frame';
import {
	centerDistancePx,
	discoverStory,
	mapState,
	scrollStepTo,
	settle,
	startMap,
	steps,
	storyPath
} from './helpers';

test.describe.configure({ timeout: 90_000 });

const picture = (page: Page) => page.locator('.map-panel img[data-step-pictures]');

/** The panel's picture shows step `index`'s scene, loaded, at the size for this screen. */
async function expectPictureOf(page: Page, index: number, id: string): Promise<void> {
	const img = picture(page);
	await expect(img, `the panel shows step ${index}'s picture`).toHaveAttribute(
		'data-picture-step',
		String(index)
	);
	await expect(img).toBeVisible();
	const { src, loaded, narrow } = await img.evaluate((el: HTMLImageElement) => ({
		src: new URL(el.currentSrc || el.src).pathname,
		loaded: el.complete && el.naturalWidth > 0,
		narrow: matchMedia(el.dataset.media ?? '').matches
	}));
	expect(src, 'the picture of that step, at the map’s size').toMatch(
		new RegExp(`/scene/${posterSizeName(COVER_FORMS[narrow ? 'narrow' : 'wide'])}/${id}\\.svg$`)
	);
	expect(loaded, 'the picture has loaded').toBe(true);
}

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
	test(`before the live map, the panel shows the step in view as a picture; the live map then takes its box (${reducedMotion})`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion });
		const slug = await discoverStory(page);
		// The map data is held back: the live map cannot draw until the picture has been seen.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/map.json', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(storyPath(slug));
		const all = await steps(page);
		test.skip(all.length < 3, 'the story has fewer than three steps');
		await expect(page.locator('.map')).toHaveAttribute('data-map-waiting', '');
		await expect(picture(page), 'at the title, the cover shows: no step picture').toBeHidden();

		await scrollStepTo(page, 1);
		await expectPictureOf(page, 1, all[1]?.id ?? '');
		const box = await picture(page).boundingBox();
		await expect(page.locator('.map')).not.toHaveAttribute('data-scene-step', /.*/);

		release();
		const map = page.locator('.map');
		await expect(map, 'the live map draws the same step').toHaveAttribute('data-scene-step', '1', {
			timeout: 30_000
		});
		await expect(page.locator('main')).toHaveAttribute('data-active-step', '1');
		await expect(page.locator('.map-panel .cover-slot'), 'the picture gives way').toBeHidden();
		const live = await map.boundingBox();
		for (const k of ['x', 'y', 'width', 'height'] as const)
			expect(
				Math.abs((live?.[k] ?? -9) - (box?.[k] ?? 9)),
				`the live map's ${k}`
			).toBeLessThanOrEqual(1);
		// Once the live map is up, the pictures stop: no more are fetched.
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (/\/scene\/\d+x\d+\//.test(r.url())) fetched.push(r.url());
		});
		await scrollStepTo(page, 2);
		await expect(map).toHaveAttribute('data-scene-step', '2', { timeout: 30_000 });
		expect(fetched, 'no step picture once the live map is up').toEqual([]);
	});
}

test('at the reference screens, every step’s picture shows the view the live map then shows: no jump', async ({
	page,
	request
}, info) => {
	test.setTimeout(180_000);
	// The screens the pictures are drawn for (cover-frame.ts): a 390×844 phone, a 1280×800 laptop.
	const phone = info.project.name === 'phone';
	await page.setViewportSize(phone ? { width: 390, height: 844 } : { width: 1280, height: 800 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const slug = await discoverStory(page);
	await page.goto(storyPath(slug));
	const all = await steps(page);
	await startMap(page);
	const form = posterSizeName(COVER_FORMS[phone ? 'narrow' : 'wide']);
	const off: string[] = [];
	for (const step of all) {
		await scrollStepTo(page, step.index);
		await settle(page, { expected: step.index });
		const live = await mapState(page);
		const svg = await (await request.get(`/${slug}/scene/${form}/${step.id}.svg`)).text();
		const drawn = {
			...live,
			center: /data-center="([^"]+)"/.exec(svg)?.[1] ?? null,
			zoom: /data-zoom="([^"]+)"/.exec(svg)?.[1] ?? null
		};
		const apart = Number(centerDistancePx(live, drawn));
		if (drawn.zoom !== live.zoom || !(apart <= 1.5))
			off.push(
				`${step.id}: picture zoom ${drawn.zoom} at ${drawn.center}, live ${live.zoom} at ${live.center} (${apart} px apart)`
			);
	}
	expect(off, 'steps whose picture and live map differ').toEqual([]);
});

test('with no app at all, the inline script alone follows the steps with their pictures', async ({
	page
}) => {
	const slug = await discoverStory(page);
	// The app's scripts never arrive: only the page's inline script runs.
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto(storyPath(slug));
	const all = await steps(page);
	test.skip(all.length < 3, 'the story has fewer than three steps');
	await scrollStepTo(page, 2);
	await expectPictureOf(page, 2, all[2]?.id ?? '');
	await scrollStepTo(page, 1);
	await expectPictureOf(page, 1, all[1]?.id ?? '');
	// Back at the title: the cover's own scene, the cover shows it.
	await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
	await expect(picture(page)).toBeHidden();
	await expect(page.locator('.map')).not.toHaveAttribute('data-scene-step', /.*/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the panel’s picture stays hidden, and each step keeps its own picture', async ({
		page
	}) => {
		const slug = await discoverStory(page);
		await page.goto(storyPath(slug));
		await expect(picture(page)).toBeHidden();
		await expect(picture(page)).not.toHaveAttribute('src', /.*/);
		const first = page.locator('article.step img.static-map').first();
		await first.scrollIntoViewIfNeeded();
		await expect(first, 'the step’s own picture shows').toBeVisible();
	});
});
