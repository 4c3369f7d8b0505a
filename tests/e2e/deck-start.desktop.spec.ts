/**
 * The deck opens on a picture of its first scene and starts its live map after the load (or at
 * the lecturer's first key). The panel is never empty on the way: a key pressed before the map
 * is up moves the lead at once, and the picture stays until the live map has drawn the new step
 * over it. A deck opened on a later step has no picture of that step: it shows the live map only.
 */
import { test } from '@playwright/test';
import { expect, deckPath, expectStep, openDeck, storyInfo } from './deck-helpers';

test.describe.configure({ timeout: 120_000 });

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
