/**
 * The deck's step keys (reliability.md P1, P5, A16; the key list): every next and
 * previous key moves exactly one step, Home/End go to the ends, the URL names the step and a
 * reload resumes there, a click on the map does not swallow the keys, single-key shortcuts can be
 * switched off, and reduced motion is respected.
 */
import { test, type Page } from '@playwright/test';
import { expect, deckState, expectStep, openDeck, startDeckMap, storyInfo } from './deck-helpers';

// Several browsers, maps and builds share the machine: room to finish, not to hang.
test.describe.configure({ timeout: 120_000 });

test.use({ reducedMotion: 'reduce' });

const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n', 'Shift+N', 'Enter'];
const PREVIOUS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Shift+P', 'Backspace', 'Shift+Space'];

test('each next key moves one step forward, each previous key one step back', async ({ page }) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 1);
	let at = 1;
	for (const key of NEXT) {
		await page.keyboard.press(key);
		await expectStep(page, info, ++at, `after ${key}`);
	}
	for (const key of PREVIOUS) {
		await page.keyboard.press(key);
		await expectStep(page, info, --at, `after ${key}`);
	}
	expect(at).toBe(1);
});

test('Home and End go to the first and last step, and stay there', async ({ page }) => {
	const info = await storyInfo(page);
	const last = info.ids.length - 1;
	await openDeck(page, info, 3);
	await page.keyboard.press('End');
	await expectStep(page, info, last, 'End');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('End');
	await expectStep(page, info, last, 'PageDown and End at the last step');
	await page.keyboard.press('Home');
	await expectStep(page, info, 0, 'Home');
	await page.keyboard.press('PageUp');
	await expectStep(page, info, 0, 'PageUp at the first step');
});

test('the URL names the step, a reload resumes there, and Back leaves the deck', async ({
	page
}) => {
	const info = await storyInfo(page);
	await page.goto('/');
	await openDeck(page, info);
	for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
	await expectStep(page, info, 4, 'four PageDowns');
	await page.reload();
	await expectStep(page, info, 4, 'after reload');
	await expect(page.locator(`article[id="${info.ids[4]}"] h2`)).toBeVisible();
	// replaceState, not pushState: the steps do not flood the history.
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	expect(new URL(page.url()).pathname).toBe('/');
});

test('a click on the map does not swallow the keys, and the arrows do not pan it', async ({
	page
}) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 2);
	const map = page.locator('.map');
	await map.click({ position: { x: 200, y: 200 } });
	await page.keyboard.press('ArrowRight');
	await expectStep(page, info, 3, 'ArrowRight after clicking the map');
	const center = await map.getAttribute('data-map-center');
	await map.click({ position: { x: 300, y: 300 } });
	await page.keyboard.press('PageDown');
	await expectStep(page, info, 4, 'PageDown after clicking the map');
	await page.keyboard.press('PageUp');
	await expectStep(page, info, 3, 'PageUp after clicking the map');
	expect(await map.getAttribute('data-map-center'), 'step 3 is framed as before').toBe(center);
});

test('single-key shortcuts can be switched off; the clicker keys still work (WCAG 2.1.4)', async ({
	page
}) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 2);
	await page.getByRole('button', { name: 'Keys' }).click();
	const help = page.getByRole('dialog', { name: 'Keys' });
	await help.getByRole('checkbox', { name: /single-key shortcuts/i }).uncheck();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	// The choice lasts: a lecturer switches it off once.
	await page.reload();
	await expectStep(page, info, 2, 'reloaded');
	for (const key of ['n', 'p', 'b', '.', 'o', 'g', 's', 'f', 'Shift+?'])
		await page.keyboard.press(key);
	await page.waitForTimeout(300);
	expect((await deckState(page)).active, 'letters did not move the deck').toBe(2);
	await expect(page.locator('[data-blackout]')).toBeHidden();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
	expect(page.context().pages(), 'S opened no notes window').toHaveLength(1);
	await page.keyboard.press('PageDown');
	await expectStep(page, info, 3, 'PageDown with single keys off');
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, info, 2, 'ArrowLeft with single keys off');
	// And back on: the letters work again.
	await page.getByRole('button', { name: 'Keys' }).click();
	await help.getByRole('checkbox', { name: /single-key shortcuts/i }).check();
	await page.keyboard.press('Escape');
	await page.keyboard.press('n');
	await expectStep(page, info, 3, 'n with single keys on again');
});

test.describe('motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	/**
	 * Presses `key` and measures, in the page, the time from the keydown to the map's scene being
	 * applied, and whether a route line was drawn along its length (GSAP's inline dash styles).
	 */
	/**
	 * Presses `key` and reports how many frames after the key the scene was applied (0: in the
	 * first frame after it), and whether a route drew itself. Frames, not milliseconds: a busy
	 * machine draws a frame in 200 ms, and "at once" means the next frame or so either way.
	 */
	async function step(page: Page, key: string): Promise<{ frames: number; drawn: boolean }> {
		await page.evaluate(() => {
			const w = window as unknown as {
				__probe: { down: number; frames: number; applied: number; drawn: boolean };
			};
			const map = document.querySelector('.map') as HTMLElement;
			const before = map.dataset.sceneStep;
			w.__probe = { down: 0, frames: 0, applied: -1, drawn: false };
			addEventListener('keydown', () => (w.__probe.down = performance.now()), { once: true });
			const look = () => {
				const p = w.__probe;
				const drawn = Array.from(document.querySelectorAll('path.lantern-route')).some(
					(el) => (el as SVGPathElement).style.strokeDashoffset !== ''
				);
				p.drawn ||= drawn;
				const now = map.dataset.sceneStep;
				if (p.down) {
					if (p.applied < 0 && now !== undefined && now !== before) p.applied = p.frames;
					p.frames++;
				}
				if (performance.now() - (p.down || performance.now()) < 1500) requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await page.keyboard.press(key);
		await page.waitForTimeout(1600);
		return page.evaluate(() => {
			const p = (
				window as unknown as { __probe: { frames: number; applied: number; drawn: boolean } }
			).__probe;
			return { frames: p.applied, drawn: p.drawn };
		});
	}

	test('routes draw themselves, unless reduced motion is asked for; then scenes apply at once', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const info = await storyInfo(page);
		// The first step after the first with a route line: motion has something to draw there.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openDeck(page, info, 0);
		let k = 0;
		do {
			await page.keyboard.press('ArrowRight');
			await expectStep(page, info, ++k, 'looking for a route');
		} while (k < info.ids.length - 1 && (await page.locator('path.lantern-route').count()) === 0);
		await expect(page.locator('path.lantern-route').first(), 'a step with a route').toBeAttached();

		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await openDeck(page, info, k - 1);
		const moving = await step(page, 'ArrowRight');
		await expectStep(page, info, k);
		expect(moving.drawn, `with motion, the route of step ${k + 1} draws itself`).toBe(true);

		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openDeck(page, info, k - 1);
		const still = await step(page, 'ArrowRight');
		await expectStep(page, info, k);
		expect(still.drawn, 'reduced: the route is simply there').toBe(false);
		expect(
			still.frames,
			'reduced: the scene is applied (frames after the key)'
		).toBeGreaterThanOrEqual(0);
		expect(
			still.frames,
			'reduced: the scene is applied at once (frames after the key)'
		).toBeLessThanOrEqual(2);
	});
});

test('“Present” on the reader opens the deck, in present mode', async ({ page }) => {
	const info = await storyInfo(page);
	await page.goto(`/${info.slug}/`);
	await page.getByRole('link', { name: 'Present', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
	// A new page (body data-sveltekit-reload): its live map starts at the lecturer's first key.
	await startDeckMap(page);
	await expectStep(page, info, 0, 'deck from the reader');
});
