/**
 * The deck opens on a picture of its first scene and starts its live map at the lecturer's first
 * interaction (a key, a click), not before: not at the load, not when the page falls idle. The
 * panel is never empty on the way: a key pressed before the map is up moves the lead at once,
 * and the picture stays until the live map has drawn the new step over it. A deck opened on a
 * later step has no picture of that step: it shows the live map only.
 */
import { test, type Page } from '@playwright/test';
import { expect, deckPath, expectStep, openDeck, storyInfo, type StoryInfo } from './deck-helpers';

test.describe.configure({ timeout: 120_000 });

/**
 * Opens the deck on its first step and lets it load and fall idle, with no interaction; then
 * checks that the first slide is the scene's picture, whole, and that no live map has started.
 */
async function openUntouched(page: Page, info: StoryInfo): Promise<void> {
	await page.goto(deckPath(info.slug));
	await expect(page.locator('main.deck')).not.toHaveClass(/\bpending\b/);
	await page.waitForLoadState('load');
	// Idle twice over, and longer than the deck used to wait for an idle moment before it started
	// its map unasked (1.5 s): a map that starts by itself has started by now.
	await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 1500 })));
	await page.waitForTimeout(2500);
	await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 1500 })));
	const picture = page.locator('.map-panel .cover-slot img');
	await expect(picture).toBeVisible();
	await expect(picture).toHaveAttribute('src', new RegExp(`/${info.ids[0]}\\.svg$`));
	expect(
		await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
		"the first slide's scene picture has loaded"
	).toBe(true);
	await expect(page.locator('.map-panel .cover-slot')).not.toHaveClass(/drawn/);
	await expect(page.locator('.map'), 'no live map before an interaction').toHaveAttribute(
		'data-map-waiting',
		''
	);
	await expect(page.locator('.map.leaflet-container')).toHaveCount(0);
	await expect(page.locator('.map')).not.toHaveAttribute('data-scene-step', /.*/);
}

test('the live map starts at the first key, not before it; that key also moves the deck', async ({
	page
}) => {
	const info = await storyInfo(page);
	await openUntouched(page, info);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, info, 1, 'the first key started the map and moved to the next step');
	await expect(page.locator('.map')).not.toHaveAttribute('data-map-waiting', /.*/);
	await expect(page.locator('.map-panel .cover-slot img')).toBeHidden();
});

test('a click on the first slide starts the live map, which draws the first scene', async ({
	page
}) => {
	const info = await storyInfo(page);
	await openUntouched(page, info);
	await page.locator('.map-slot').click({ position: { x: 40, y: 40 } });
	await expectStep(page, info, 0, 'the click started the map on the first step');
	await expect(page.locator('.map-panel .cover-slot')).toHaveClass(/drawn/);
	await expect(page.locator('.map-panel .cover-slot img')).toBeHidden();
});

test("a key pressed before the live map is up: the first scene's picture stays until the map draws the new step", async ({
	page
}) => {
	const info = await storyInfo(page);
	// The map's data held back: the map cannot draw until it is let through.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/map.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(deckPath(info.slug));
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
	// Listening (mounted): a key before the app has started reaches no script of the deck's.
	await expect(page.locator('main.deck')).not.toHaveClass(/\bpending\b/);
	const picture = page.locator('.map-panel .cover-slot img');
	await expect(picture).toBeVisible();
	await expect(picture).toHaveAttribute('src', new RegExp(`/${info.ids[0]}\\.svg$`));
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(`article[id="${info.ids[1]}"] h2`)).toBeVisible();
	// Moved, and the map not drawn: the picture still fills the panel.
	await page.waitForTimeout(500);
	await expect(page.locator('.map')).not.toHaveAttribute('data-scene-step', /.*/);
	await expect(picture).toBeVisible();
	release();
	await expectStep(page, info, 1, 'the live map drew the step the lecturer moved to');
	await expect(page.locator('.map-panel .cover-slot')).toHaveClass(/drawn/);
	await expect(picture).toBeHidden();
});

test('a deck opened on a later step shows no picture of the first', async ({ page }) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 4);
	await expect(page.locator('.map-panel .cover-slot')).toHaveCount(0);
});
