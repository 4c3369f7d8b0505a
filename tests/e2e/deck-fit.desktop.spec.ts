/**
 * The projected lead fits its band: a lecturer cannot scroll it with a clicker. On a small
 * screen the deck shrinks a long lead (`--fit`, down to 0.7) rather than cut it; only a lead too
 * long even then may scroll. Walked step by step, at a laptop's size and at a phone's.
 */
import { test } from '@playwright/test';
import { expect, expectStep, openDeck, storyInfo } from './deck-helpers';

test.describe.configure({ timeout: 180_000 });
test.use({ reducedMotion: 'reduce' });

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 412, height: 823 }
]) {
	test(`every step's lead fits its band at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const info = await storyInfo(page);
		await openDeck(page, info, 0);
		const scales: number[] = [];
		for (let i = 0; i < info.ids.length; i++) {
			if (i > 0) {
				await page.keyboard.press('ArrowRight');
				await expectStep(page, info, i, `step ${i}`);
			}
			// Fitting runs a frame after the step is drawn; then it holds still.
			await expect
				.poll(() => page.locator('.band').evaluate((b) => b.style.getPropertyValue('--fit')))
				.not.toBe('');
			const state = await page.locator('.band').evaluate(async (band) => {
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return {
					fit: Number(band.style.getPropertyValue('--fit')),
					over: band.scrollHeight - band.clientHeight
				};
			});
			scales.push(state.fit);
			if (state.fit > 0.7)
				expect(state.over, `step ${i} overflows at ${state.fit}`).toBeLessThanOrEqual(1);
		}
		// The fitting does something: on a phone the long leads are shrunk, on a laptop most are not.
		if (viewport.width < 600) expect(scales.some((s) => s < 1)).toBe(true);
		else expect(scales.filter((s) => s === 1).length).toBeGreaterThan(scales.length / 2);
	});
}
