/**
 * The deck beyond stepping (reliability.md P2, P3, P4, P8, A17): the black screen and the keys it
 * ignores, F5 from a clicker's start button that must not reload, fullscreen, the overview and
 * jumping from it, G and a number, the key help, and axe on the deck.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import { expect, deckState, expectStep, openDeck, storyInfo } from './deck-helpers';

// Several browsers, maps and builds share the machine: room to finish, not to hang.
test.describe.configure({ timeout: 120_000 });

test.use({ reducedMotion: 'reduce' });

async function expectBlack(page: Page) {
	const overlay = page.locator('[data-blackout]');
	await expect(overlay).toBeVisible();
	const box = await overlay.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
		return {
			covers: r.left <= 0 && r.top <= 0 && r.right >= innerWidth && r.bottom >= innerHeight,
			background: getComputedStyle(el).backgroundColor,
			onTop: hit === el
		};
	});
	expect(box).toEqual({ covers: true, background: 'rgb(0, 0, 0)', onTop: true });
}

test('B and "." black the screen; other keys wait until it is back', async ({ page }) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 3);
	const pairs: [string, string][] = [
		['b', 'b'],
		['.', '.'],
		['Shift+B', '.']
	];
	for (const [on, off] of pairs) {
		await page.keyboard.press(on);
		await expectBlack(page);
		for (const key of ['PageDown', 'ArrowRight', 'Space', 'n', 'End', 'o', 'Escape', 'g', '5']) {
			await page.keyboard.press(key);
		}
		await page.waitForTimeout(200);
		expect((await deckState(page)).active, `no step change while black (${on})`).toBe(3);
		await expectBlack(page);
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await page.keyboard.press(off);
		await expect(page.locator('[data-blackout]')).toBeHidden();
	}
	await page.keyboard.press('PageDown');
	await expectStep(page, info, 4, 'keys work again after the black screen');
	// A click on the black screen brings the step back too.
	await page.keyboard.press('b');
	await page.mouse.click(640, 400);
	await expect(page.locator('[data-blackout]')).toBeHidden();
});

test('F5 (a clicker’s start button) goes fullscreen and does not reload; Esc is harmless', async ({
	page
}) => {
	// Records, after the deck's handler has run, whether F5's default (reload) was prevented.
	await page.addInitScript(() => {
		const w = window as unknown as { __f5: boolean[] };
		w.__f5 = [];
		addEventListener(
			'keydown',
			(e) => {
				if (e.key === 'F5') setTimeout(() => w.__f5.push(e.defaultPrevented));
			},
			true
		);
	});
	const info = await storyInfo(page);
	await openDeck(page, info, 5);
	await page.evaluate(() => ((window as unknown as { __alive: number }).__alive = 1));
	await page.keyboard.press('F5');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __f5: boolean[] }).__f5))
		.toEqual([true]);
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	// The start button alternates F5 and Esc: Esc leaves fullscreen, the step stays.
	await page.keyboard.press('Escape');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.keyboard.press('F5');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	await page.keyboard.press('Escape');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	// Polled, as after the first F5: the recorder writes a task after the key's handlers.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __f5: boolean[] }).__f5))
		.toEqual([true, true]);
	expect(
		await page.evaluate(() => (window as unknown as { __alive?: number }).__alive),
		'the page was not reloaded'
	).toBe(1);
	expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
	await expectStep(page, info, 5, 'after F5, Esc, F5, Esc');
});

test('F toggles fullscreen', async ({ page }) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 1);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	await expectStep(page, info, 1);
});

test('O and Esc open the overview of every step; keys, Enter and a click jump', async ({
	page
}) => {
	const info = await storyInfo(page);
	const n = info.ids.length;
	await openDeck(page, info, 2);
	const overview = page.getByRole('dialog', { name: 'Overview' });

	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	const tiles = overview.locator('button.tile');
	await expect(tiles).toHaveCount(n);
	await expect(overview.locator('button[aria-current="step"]')).toHaveCount(1);
	await expect(tiles.nth(2)).toHaveAttribute('aria-current', 'step');
	await expect(tiles.nth(2)).toBeFocused();
	// The keys move through the steps; Enter goes there and closes the overview.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(tiles.nth(4)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(overview).toBeHidden();
	await expectStep(page, info, 4, 'Enter in the overview');

	// Esc opens it too, and Esc closes it without moving.
	await page.keyboard.press('Escape');
	await expect(overview).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(overview).toBeHidden();
	await expectStep(page, info, 4, 'Esc, Esc');

	// A click on a tile far away jumps there.
	await page.keyboard.press('o');
	await tiles.nth(n - 2).click();
	await expect(overview).toBeHidden();
	await expectStep(page, info, n - 2, 'click on a tile');
	// O closes it as it opened it.
	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await page.keyboard.press('o');
	await expect(overview).toBeHidden();
	await expectStep(page, info, n - 2);
});

test('G and a number jump to that step (numbers as the overview shows them)', async ({ page }) => {
	const info = await storyInfo(page);
	const n = info.ids.length;
	await openDeck(page, info, 0);
	await page.keyboard.press('g');
	await expect(page.getByRole('status').filter({ hasText: 'Go to step' })).toBeVisible();
	await page.keyboard.type('12');
	await page.keyboard.press('Enter');
	await expectStep(page, info, 11, 'G 1 2 Enter');
	// Without Enter the jump happens after a short pause; Backspace corrects a digit.
	await page.keyboard.press('g');
	await page.keyboard.type('79');
	await page.keyboard.press('Backspace');
	await expectStep(page, info, 6, 'G 7 9 Backspace, then a pause');
	// A number past the end goes to the last step; Esc cancels.
	await page.keyboard.press('g');
	await page.keyboard.type(String(n + 50));
	await page.keyboard.press('Enter');
	await expectStep(page, info, n - 1, `G ${n + 50}`);
	await page.keyboard.press('g');
	await page.keyboard.type('3');
	await page.keyboard.press('Escape');
	await page.waitForTimeout(2_000);
	await expectStep(page, info, n - 1, 'G 3 Esc');
});

test('? shows the keys; Esc closes the help and the focus returns', async ({ page }) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 1);
	await page.keyboard.press('Shift+?');
	const help = page.getByRole('dialog', { name: 'Keys' });
	await expect(help).toBeVisible();
	await expect(help.getByRole('row')).toHaveCount(11);
	for (const key of ['PageDown', 'PageUp', 'Home / End', 'B or .', 'O or Esc', 'S', 'L', 'J', '?'])
		await expect(help.getByRole('rowheader', { name: key, exact: false }).first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expectStep(page, info, 1, 'after the help');
	// Opened from its button, the focus goes back to the button.
	const button = page.getByRole('button', { name: 'Keys' });
	await button.click();
	await expect(help).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(button).toBeFocused();
});

test('axe: the deck, its overview and its help have no WCAG 2.2 A/AA violations', async ({
	page
}) => {
	// axe walks every path of the map's basemap: seconds per run.
	test.setTimeout(240_000);
	const info = await storyInfo(page);
	const axe = () =>
		new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	for (const index of [0, info.ids.length - 1]) {
		await openDeck(page, info, index);
		expect((await axe().analyze()).violations, `deck at step ${index}`).toEqual([]);
	}
	await page.keyboard.press('o');
	await expect(page.getByRole('dialog', { name: 'Overview' })).toBeVisible();
	expect((await axe().analyze()).violations, 'overview').toEqual([]);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Shift+?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	expect((await axe().analyze()).violations, 'key help').toEqual([]);
});

test('closing and at once reopening the overview (Esc then O in one breath) leaves it open', async ({
	page
}) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 1);
	const overview = page.getByRole('dialog', { name: 'Overview' });
	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	// Esc, its effect (dialog.close(), which queues the close event as a task), then O and its
	// effect (showModal) — all before that task: the close event then finds the dialog reopened.
	await page.evaluate(async () => {
		const press = (key: string) =>
			window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		press('Escape');
		for (let i = 0; i < 5; i++) await Promise.resolve();
		press('o');
		for (let i = 0; i < 5; i++) await Promise.resolve();
	});
	await page.waitForTimeout(300);
	await expect(overview, 'the overview opened by O stays open').toBeVisible();
	await expect(overview.locator('button.tile')).toHaveCount(info.ids.length);
});
