/**
 * The map's furniture (issue 15, part 5): a scale bar in kilometres and versts whose lengths
 * match the map's own scale, and a locator inset shown at city zoom only, hidden from assistive
 * technology and holding nothing that takes focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { discoverStory, openStory, parseCenter } from './helpers';

test.use({ reducedMotion: 'reduce' });

/** A city step (zoom 15 at the Alexandrinsky Theatre) and a regional one (Viborg to Petrograd). */
const CITY = 'democratic-conference';
const REGIONAL = 'crisis-has-matured';

async function furniture(page: Page) {
	return page.evaluate(() => {
		const map = document.querySelector<HTMLElement>('.map');
		const bar = (cls: string) => {
			const el = document.querySelector<HTMLElement>(`.lantern-scale .${cls}`);
			const rule = el?.querySelector('.rule')?.getBoundingClientRect();
			return { value: Number(el?.dataset.value), px: rule?.width ?? 0 };
		};
		const inset = document.querySelector<HTMLElement>('.lantern-locator');
		const r = inset?.getBoundingClientRect();
		const view = inset?.querySelector('.view')?.getBoundingClientRect();
		return {
			zoom: Number(map?.dataset.mapZoom),
			center: map?.dataset.mapCenter ?? null,
			km: bar('km'),
			verst: bar('verst'),
			scaleHidden: document.querySelector('.lantern-scale')?.getAttribute('aria-hidden'),
			inset: inset
				? {
						shown: !!r && r.width > 0 && getComputedStyle(inset).display !== 'none',
						hidden: inset.getAttribute('aria-hidden'),
						focusable: inset.querySelectorAll('a, button, input, [tabindex]').length,
						box: r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null,
						view: view ? { x: view.left + view.width / 2, y: view.top + view.height / 2 } : null
					}
				: null
		};
	});
}

/** Metres per CSS pixel of Leaflet's Web Mercator at a latitude and zoom. */
const mpp = (lat: number, zoom: number) =>
	(40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);

for (const step of [CITY, REGIONAL]) {
	test(`the scale bar at ${step} measures the map: km and versts within 3%`, async ({ page }) => {
		const slug = await discoverStory(page);
		await openStory(page, slug, step);
		const f = await furniture(page);
		expect(f.scaleHidden).toBe('true');
		const [lat] = parseCenter(f.center);
		const m = mpp(lat, f.zoom);
		expect(f.km.value).toBeGreaterThan(0);
		expect(f.km.px, 'the km bar is drawn').toBeGreaterThan(20);
		expect(Math.abs((f.km.px * m) / (f.km.value * 1000) - 1)).toBeLessThan(0.03);
		expect(f.verst.px, 'the verst bar is drawn').toBeGreaterThan(20);
		expect(Math.abs((f.verst.px * m) / (f.verst.value * 1066.8) - 1)).toBeLessThan(0.03);
	});
}

test('the locator inset shows at a city step, not at a regional one', async ({ page }) => {
	const slug = await discoverStory(page);
	await openStory(page, slug, CITY);
	const city = await furniture(page);
	expect(city.zoom).toBeGreaterThanOrEqual(11);
	expect(city.inset?.shown, 'the inset shows at city zoom').toBe(true);
	expect(city.inset?.hidden).toBe('true');
	expect(city.inset?.focusable).toBe(0);
	const { box, view } = city.inset ?? {};
	expect(box && view, 'the inset has a box for the view').toBeTruthy();
	if (box && view) {
		expect(view.x).toBeGreaterThan(box.left);
		expect(view.x).toBeLessThan(box.right);
		expect(view.y).toBeGreaterThan(box.top);
		expect(view.y).toBeLessThan(box.bottom);
	}
	// Tabbing through the page never lands inside it.
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		const inside = await page.evaluate(
			() => !!document.activeElement?.closest('.lantern-locator, .lantern-scale')
		);
		expect(inside).toBe(false);
	}
	await openStory(page, slug, REGIONAL);
	const regional = await furniture(page);
	expect(regional.zoom).toBeLessThan(11);
	expect(regional.inset?.shown, 'no inset at a regional zoom').toBe(false);
});
