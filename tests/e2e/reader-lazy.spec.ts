/**
 * The reader opens on its title card, which fills the first screen; the map is below it. The app
 * (hydration, the map and Leaflet, the scroll triggers, Motion, the service worker) starts with
 * the reader's first move, not during the load: at the top the page is its prerendered HTML.
 * These tests hold both halves: nothing of ours runs and nothing of Leaflet is fetched before the
 * move, and any first move (the wheel, a key, a click on a control) does what it asks for at once,
 * even though the app was not there to see it.
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

/** Whether the app has started: it takes app.html's kept events as it mounts. */
async function started(page: Page): Promise<boolean> {
	return page.evaluate(
		() => (window as { __lanternEarly?: { taken: boolean } }).__lanternEarly?.taken === true
	);
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
	expect(await started(page), 'the app waits for the move too').toBe(false);
	await expect(page.locator('html'), 'no script of ours has set the motion').not.toHaveAttribute(
		'data-motion',
		/./
	);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
		'no service worker yet'
	).toBe(0);

	await page.mouse.move(200, 200);
	await page.mouse.wheel(0, 300);
	await expect(page.locator('.map')).toHaveAttribute('data-scene-step', /^\d+$/, {
		timeout: 20_000
	});
	await expect(page.locator('.map')).not.toHaveAttribute('data-map-waiting', '');
	expect(leaflet().length, "Leaflet's code is fetched once the reader moves").toBeGreaterThan(0);
	await expect(page.locator('.map .leaflet-marker-pane > *').first()).toBeAttached();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
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

test('at the top the very first key press is a step key that works', async ({ page }) => {
	await openAtTop(page);
	await page.waitForTimeout(500);
	expect(await started(page)).toBe(false);
	await page.keyboard.press('j'); // the app is not there yet when this key goes down
	const s = await settle(page, { expected: 1, message: 'j as the first thing the reader does' });
	expect(s.scene).toBe(1);
	expect(await started(page)).toBe(true);
});

test('a click on the motion switch before the app starts switches it once', async ({ page }) => {
	await openAtTop(page);
	const toggle = page.getByRole('button', { name: 'Reduce motion' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
	// Not switched back by a second, replayed click a moment later.
	await page.waitForTimeout(500);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => Object.values({ ...localStorage }))).toContain('1');
});

test('a reader whose system reduces motion, clicking the switch at once, gets it on', async ({
	browser
}, testInfo) => {
	// "At once" means on the first screen. On a phone the switch sits just below the fold, and the
	// click's own scroll into view would start the app first, racing it: the switch then shows on
	// by the time the press lands, and the reader's tap rightly turns it off. So the screen is tall
	// enough from the start. (Made taller after the load, it raced too: a resized page may fire a
	// scroll event a frame later, which starts the app before the click; CI failed so, 1 in 5
	// under load.)
	const viewport = testInfo.project.use.viewport ?? { width: 1280, height: 800 };
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		viewport: { width: viewport.width, height: Math.max(viewport.height, 1100) }
	});
	const page = await context.newPage();
	try {
		await openAtTop(page);
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		const box = await toggle.boundingBox();
		const height = page.viewportSize()?.height ?? 0;
		expect(box && box.y + box.height <= height, 'the switch is on the first screen').toBe(true);
		expect(await started(page), 'nothing has started the app before the click').toBe(false);
		// The prerendered switch cannot know the system setting: it shows off until the app starts.
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		// The app, starting on this click, turns it on; the click asked for on, so it stays on.
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await page.waitForTimeout(500);
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
	} finally {
		await context.close();
	}
});

test('a click on the embed button before the app starts opens its panel', async ({ page }) => {
	await openAtTop(page);
	const button = page.getByRole('button', { name: 'Embed' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('.tools .panel')).toBeVisible();
});

test('opened at a step, a click on the embed button before the app has mounted opens its panel', async ({
	page
}) => {
	// A deep link starts the app at once, but on a slow network its script takes a while: the
	// reader's click in that time is kept for it, as at the top. The app's script is held back
	// here until after the click, so the click surely comes first.
	const slug = await discoverStory(page);
	const html = await (await page.request.get(storyPath(slug))).text();
	const ids = [...html.matchAll(/<article[^>]*id="([^"]+)"/g)].map((m) => m[1]);
	const stepId = ids[Math.floor(ids.length / 2)];
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(storyPath(slug, stepId), { waitUntil: 'domcontentloaded' });
	const button = page.getByRole('button', { name: 'Embed' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	// Clicked where the reader is (a DOM click: Playwright's own would scroll to it first).
	await button.evaluate((b: HTMLButtonElement) => b.click());
	expect(await started(page), 'the app has not mounted before the click').toBe(false);
	release();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('.tools .panel')).toBeVisible();
	expect(await started(page)).toBe(true);
});
