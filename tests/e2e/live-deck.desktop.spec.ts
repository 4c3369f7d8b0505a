/**
 * The deck going live (issue #19) through a real relay (`npm run live`'s, spawned with the built
 * site on one port): L makes a room and shows the join slide, a follower gets every step, a reload
 * keeps the room, the notes window shows the same address, and ending tells the followers. On the
 * plain static server (no relay) "Go live" explains how to get one, and the notes still follow.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import {
	expect,
	expectStep,
	deckPath,
	notesPath,
	notesStep,
	startDeckMap,
	storyInfo
} from './deck-helpers';
import { useRelay } from './live-helpers';

const relayOrigin = useRelay();

/** A student's page as the relay sees it: a WebSocket that says hello with the code only. */
function follower(port: number, room: string) {
	const frames: { t: string; step?: number }[] = [];
	const ws = new WebSocket(`ws://127.0.0.1:${port}/live`);
	ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', role: 'follower', room })));
	ws.on('message', (data) => frames.push(JSON.parse(String(data))));
	return {
		frames,
		/** The last step the relay sent. */
		step: () => frames.filter((f) => f.t === 'state').at(-1)?.step,
		close: () => ws.close()
	};
}

/** axe on the open dialog only (the deck behind it is inert; its map costs seconds a run). */
async function expectAccessibleDialog(page: Page, why: string) {
	const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	const result = await new AxeBuilder({ page }).include('dialog[open]').withTags(tags).analyze();
	expect(result.violations, why).toEqual([]);
}

async function joinLink(page: Page) {
	const dialog = page.getByRole('dialog', { name: 'Join the lecture' });
	await expect(dialog).toBeVisible();
	const link = dialog.locator('[data-follow-url]');
	await expect(link).toHaveAttribute('href', /\/j\/[A-Z0-9]{4}$/);
	return (await link.getAttribute('href')) as string;
}

test('L goes live: the join slide, a follower in step, a reload keeps the room, notes show it', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	const origin = relayOrigin();
	await page.goto(`${origin}${deckPath(info.slug)}`);
	await startDeckMap(page);
	await expectStep(page, info, 0, 'deck opened from the relay');

	await page.keyboard.press('l');
	const href = await joinLink(page);
	// In a network namespace the relay has no LAN address: the page's own origin is used.
	expect(href.startsWith(`${origin}/j/`) || /^http:\/\/[\d.]+:\d+\/j\//.test(href)).toBe(true);
	const room = href.slice(-4);
	await expect(page.getByRole('dialog').locator('svg[role="img"] path')).toHaveAttribute(
		'd',
		/^M\d/
	);
	const stored = await page.evaluate((k) => sessionStorage.getItem(k), `lantern:live:${info.slug}`);
	expect(JSON.parse(stored ?? '{}').room).toBe(room);

	await expectAccessibleDialog(page, 'join slide');
	const student = follower(Number(new URL(relayOrigin()).port), room);
	await expect.poll(() => student.step()).toBe(0);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, info, 1);
	await expect.poll(() => student.step()).toBe(1);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, info, 2);
	await expect.poll(() => student.step()).toBe(2);

	// A reload resumes the same room, from the step in the URL.
	await page.reload();
	await expectStep(page, info, 2, 'after the reload');
	await expect(page.getByRole('button', { name: `Live · ${room}` })).toBeVisible();
	await page.keyboard.press('j');
	expect(await joinLink(page)).toBe(href);
	await page.keyboard.press('j');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => student.step()).toBe(3);
	expect(student.frames.some((f) => f.t === 'ended')).toBe(false);

	// The notes window (same machine, no relay needed for it) shows the same address.
	const notes = await context.newPage();
	await notes.goto(`${origin}${notesPath(info.slug)}`);
	await expect(notes.locator('[data-follow-url]')).toHaveAttribute('href', href);
	await expect.poll(() => notesStep(notes)).toBe(3);

	// L again asks first; "Keep it live" keeps it, "End the session" ends it for everyone.
	await page.keyboard.press('l');
	const ask = page.getByRole('dialog', { name: 'End the live session' });
	await expectAccessibleDialog(page, 'end the session?');
	await ask.getByRole('button', { name: 'Keep it live' }).click();
	await expect(ask).toBeHidden();
	await page.keyboard.press('l');
	await ask.getByRole('button', { name: 'End the session' }).click();
	await expect.poll(() => student.frames.at(-1)?.t).toBe('ended');
	await expect(page.getByRole('button', { name: 'Go live' })).toBeVisible();
	await expect(notes.locator('[data-follow-url]')).toHaveCount(0);
	expect(
		await page.evaluate((k) => sessionStorage.getItem(k), `lantern:live:${info.slug}`)
	).toBeNull();
	student.close();
});

test('on a static host without a relay, Go live explains how to go live; notes still follow', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	await page.goto(deckPath(info.slug));
	await startDeckMap(page);
	await expectStep(page, info, 0, 'deck opened from the static server');
	const notes = await context.newPage();
	await notes.goto(notesPath(info.slug));

	await page.getByRole('button', { name: 'Go live' }).click();
	const dialog = page.getByRole('dialog', { name: 'Join the lecture' });
	await expect(dialog).toContainText('No relay here');
	await expect(dialog).toContainText('npm run live');
	await expect(dialog).toContainText('LANTERN_RELAY=wss://');
	await expect(dialog.locator('[data-follow-url]')).toHaveCount(0);
	await expectAccessibleDialog(page, 'no relay');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await page.keyboard.press('ArrowRight');
	await expectStep(page, info, 1);
	await expect.poll(() => notesStep(notes)).toBe(1);
	await expect(notes.locator('[data-follow-url]')).toHaveCount(0);
});
