/**
 * The whole lecture chain (issue #19), with nothing stood in for: the real deck goes live through
 * `npm run live`'s relay (the built site and the WebSocket on one port), and real follower pages,
 * one of them a phone, join by the join slide's own short address (/j/CODE, the redirect to the
 * follow page) and follow the deck's keys. The two specs beside this one each put a Node client in
 * one seat (live-deck: the follower; live-follow: the presenter); this one proves the pages agree.
 */
import { test, type Browser, type Page } from '@playwright/test';
import { deckPath, expect, expectStep, startDeckMap, storyInfo } from './deck-helpers';
import { useRelay } from './live-helpers';

const relayOrigin = useRelay();

/** A student opens the join slide's address in a browser of their own. */
async function student(browser: Browser, address: string, phone: boolean): Promise<Page> {
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		...(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {})
	});
	const page = await context.newPage();
	await page.goto(address);
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'follow');
	await expect(page.locator('[data-live-status]')).toHaveAttribute('data-live-status', 'following');
	return page;
}

/** The student's page shows `step`: the reader's step and the map's applied scene. */
async function expectFollowing(page: Page, step: number) {
	await expect(page.locator('.reader')).toHaveAttribute('data-active-step', String(step), {
		timeout: 20_000
	});
	await expect(page.locator('.map')).toHaveAttribute('data-scene-step', String(step), {
		timeout: 20_000
	});
}

test('the deck goes live and the students who open its join address follow its keys', async ({
	page,
	browser
}) => {
	const info = await storyInfo(page);
	const origin = relayOrigin();
	await page.goto(`${origin}${deckPath(info.slug)}`);
	await startDeckMap(page);
	await expectStep(page, info, 0, 'deck opened from the relay');

	await page.keyboard.press('l');
	const link = page.getByRole('dialog', { name: 'Join the lecture' }).locator('[data-follow-url]');
	await expect(link).toHaveAttribute('href', /\/j\/[A-Z0-9]{4}$/);
	// In the test's network namespace the relay has no LAN address, so the slide shows the origin
	// the deck was opened at; a student's phone would get the hall address instead.
	const address = (await link.getAttribute('href')) as string;
	expect(address.startsWith(`${origin}/j/`)).toBe(true);
	await page.keyboard.press('Escape');

	const laptop = await student(browser, address, false);
	const phone = await student(browser, address, true);
	expect(new URL(phone.url()).pathname).toBe(`/${info.slug}/follow/`);
	for (const p of [laptop, phone]) await expectFollowing(p, 0);

	for (const step of [1, 2]) {
		await page.keyboard.press('ArrowRight');
		await expectStep(page, info, step, `deck at ${step}`);
		for (const p of [laptop, phone]) await expectFollowing(p, step);
	}

	// A student who arrives now lands where the lecture is, not at the title.
	const late = await student(browser, address, true);
	await expectFollowing(late, 2);

	// Going back is followed too: the lecturer may return to a map.
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, info, 1, 'deck back at 1');
	for (const p of [laptop, phone, late]) await expectFollowing(p, 1);

	// Ending (L, then the confirm) tells every student plainly.
	await page.keyboard.press('l');
	await page.getByRole('button', { name: /end the session/i }).click();
	for (const p of [laptop, phone, late])
		await expect(p.locator('[data-live-status]')).toHaveAttribute('data-live-status', 'ended');
	for (const p of [laptop, phone, late]) await p.context().close();
});
