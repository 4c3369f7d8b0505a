/**
 * The reader's first screen shows the story's cover (issue 18): a picture made at build time,
 * there without JavaScript, covering at least 30% of a 1280×800 screen and 25% of a 390×844 one.
 * When the app starts, the live map draws its first scene in the cover's place and size, and the
 * cover gives way to it; nothing on the page moves (no layout shift).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { discoverStory, startMap, storyPath } from './helpers';

test.describe.configure({ timeout: 90_000 });

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The first screens of the issue: a laptop (desktop project) and a small phone (phone project). */
const SCREENS = {
	desktop: { size: { width: 1280, height: 800 }, share: 0.3 },
	phone: { size: { width: 390, height: 844 }, share: 0.25 }
} as const;

const screenFor = (project: string) => SCREENS[project === 'phone' ? 'phone' : 'desktop'];

/** The cover's picture, once loaded: its box on screen, and the share of the screen it covers. */
async function coverOnScreen(page: Page): Promise<{ box: Box; share: number }> {
	const img = page.locator('.map-panel .cover img');
	await expect(img, 'the cover picture is on the first screen').toBeVisible();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
			message: 'the cover picture loads'
		})
		.toBe(true);
	const box = await img.boundingBox();
	if (!box) throw new Error('the cover has no box');
	const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
	// Only what lies within the first screen counts.
	const seen =
		Math.max(0, Math.min(box.x + box.width, w) - Math.max(box.x, 0)) *
		Math.max(0, Math.min(box.y + box.height, h) - Math.max(box.y, 0));
	return { box, share: seen / (w * h) };
}

async function withoutScript<T>(
	browser: Browser,
	size: { width: number; height: number },
	fn: (page: Page) => Promise<T>
): Promise<T> {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: size });
	try {
		return await fn(await context.newPage());
	} finally {
		await context.close();
	}
}

test('without JavaScript the first screen shows the cover, covering its share', async ({
	browser
}, info) => {
	const { size, share } = screenFor(info.project.name);
	await withoutScript(browser, size, async (page) => {
		const slug = await discoverStory(page);
		await page.goto(storyPath(slug));
		await expect(page.locator('h1')).toBeVisible();
		const cover = await coverOnScreen(page);
		expect(cover.share, `the cover covers ${(cover.share * 100).toFixed(1)}%`).toBeGreaterThan(
			share
		);
	});
});

test('the live map takes the cover’s place and size, and nothing moves', async ({ page }, info) => {
	const { size, share } = screenFor(info.project.name);
	await page.setViewportSize(size);
	const slug = await discoverStory(page);
	// Layout shifts from the first paint on, as the browser counts them for CLS.
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: string[] };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				sources?: { node?: Node | null }[];
			})[]) {
				const what = (e.sources ?? []).map((s) => (s.node as Element | null)?.className ?? '?');
				w.__shifts.push(`${e.value.toFixed(6)} at ${Math.round(e.startTime)} ms: ${what}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(storyPath(slug));
	const map = page.locator('.map');
	await expect(map, 'the map waits for the first move').toHaveAttribute('data-map-waiting', '');
	const before = await coverOnScreen(page);
	expect(before.share).toBeGreaterThan(share);
	const slot = page.locator('.map-panel .cover-slot');
	await expect(slot, 'the cover is shown while the map waits').toBeVisible();

	await startMap(page);
	await expect(map).toHaveAttribute('data-scene-step', '0', { timeout: 20_000 });
	await expect(map).not.toHaveAttribute('data-map-waiting', '');
	await expect(slot, 'the cover gives way to the live map').toBeHidden();
	const live = await map.boundingBox();
	expect(live, 'the live map has a box').not.toBeNull();
	for (const k of ['x', 'y', 'width', 'height'] as const)
		expect(Math.abs((live as Box)[k] - before.box[k]), `the live map's ${k}`).toBeLessThanOrEqual(
			1
		);
	await expect(page.locator('.map .leaflet-marker-pane > *').first()).toBeAttached();
	const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
	expect(shifts, 'no layout shift from the load to the live map').toEqual([]);
});

test('the cover is the story’s preview: og.png is a picture, and the oEmbed thumbnail is it', async ({
	page,
	request
}) => {
	const slug = await discoverStory(page);
	const oembed = await (await request.get(`/${slug}/oembed.json`)).json();
	expect(new URL(oembed.thumbnail_url).pathname).toBe(`/${slug}/og.png`);
	const og = await request.get(`/${slug}/og.png`);
	expect(og.headers()['content-type']).toContain('image/png');
	for (const form of ['wide', 'narrow']) {
		const svg = await request.get(`/${slug}/cover/${form}.svg`);
		expect(svg.ok(), `cover/${form}.svg`).toBe(true);
	}
});
