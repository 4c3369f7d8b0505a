/**
 * The presenter window (reliability.md P6, A17; the "Presenter window"): S opens the
 * notes at /<slug>/present/notes/, or shows a link when pop-ups are blocked; the notes show this
 * step's notes, the next step, the time; deck and notes stay in step both ways, and after either
 * is reloaded.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import {
	expect,
	expectStep,
	notesPath,
	notesStep,
	openDeck,
	storyInfo,
	type StoryInfo
} from './deck-helpers';

// Several browsers, maps and builds share the machine: room to finish, not to hang.
test.describe.configure({ timeout: 120_000 });

test.use({ reducedMotion: 'reduce' });

/** The notes window shows step `index`: its counter, heading and next-step preview. */
async function expectNotesOn(notes: Page, info: StoryInfo, index: number, why: string) {
	await expect
		.poll(() => notesStep(notes), { message: `${why}: notes on step ${index}` })
		.toBe(index);
	await expect(notes.locator('[data-notes-step]')).toHaveText(String(index + 1));
	await expect.poll(() => new URL(notes.url()).hash).toBe(`#${info.ids[index]}`);
}

test('S opens the notes window; deck and notes follow each other, and survive reloads', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 0);
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await notes.waitForLoadState();
	expect(new URL(notes.url()).pathname).toBe(notesPath(info.slug));
	await expect(notes.locator('html')).toHaveAttribute('data-mode', 'present');
	await expectNotesOn(notes, info, 0, 'opened');

	// What the presenter sees: the notes of this step, the next step, elapsed time and clock.
	await expect(notes.getByRole('heading', { level: 2 }).first()).toHaveText(
		(await page.locator(`article[id="${info.ids[0]}"] h2`).textContent()) ?? ''
	);
	await expect(notes.locator('.now p:not(.kicker)').first()).not.toBeEmpty();
	const next = notes.getByRole('complementary', { name: 'Next' });
	await expect(next.locator('img')).toHaveAttribute(
		'src',
		new RegExp(`scene/${info.ids[1]}\\.svg$`)
	);
	await expect(next).toContainText('2.');
	await expect(notes.getByRole('timer')).toHaveText(/^\d\d:\d\d:\d\d$/);
	await expect(notes.getByText('Clock')).toBeVisible();

	// Deck → notes.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('PageDown');
	await expectStep(page, info, 2, 'deck');
	await expectNotesOn(notes, info, 2, 'deck → notes');
	await expect(next.locator('img')).toHaveAttribute(
		'src',
		new RegExp(`scene/${info.ids[3]}\\.svg$`)
	);

	// Notes → deck: the lecturer may press the clicker with the notes window focused.
	await notes.bringToFront();
	await notes.keyboard.press('PageDown');
	await expectNotesOn(notes, info, 3, 'in the notes');
	await expectStep(page, info, 3, 'notes → deck');
	await notes.getByRole('button', { name: 'Next →' }).click();
	await expectStep(page, info, 4, 'the notes’ Next button → deck');
	await notes.keyboard.press('b');
	await expect(page.locator('[data-blackout]')).toBeVisible();
	await expect(notes.getByText('screen is black')).toBeVisible();
	await page.bringToFront();
	await page.keyboard.press('b');
	await expect(page.locator('[data-blackout]')).toBeHidden();
	await expect(notes.getByText('screen is black')).toBeHidden();

	// The deck is reloaded: it tells the notes where it is, and both still follow each other.
	await page.reload();
	await expectStep(page, info, 4, 'deck reloaded');
	await expectNotesOn(notes, info, 4, 'after the deck reload');
	await page.keyboard.press('ArrowRight');
	await expectNotesOn(notes, info, 5, 'deck (reloaded) → notes');
	await notes.keyboard.press('ArrowLeft');
	await expectStep(page, info, 4, 'notes → deck (reloaded)');

	// The notes are reloaded somewhere else: they ask the deck, and follow it.
	await page.keyboard.press('End');
	await notes.goto(notesPath(info.slug));
	await expectNotesOn(notes, info, info.ids.length - 1, 'notes reloaded without a step');
	await expect(notes.getByText('End of the story.')).toBeVisible();
	await notes.keyboard.press('Home');
	await expectStep(page, info, 0, 'notes (reloaded) → deck');
	await page.keyboard.press('PageDown');
	await expectNotesOn(notes, info, 1, 'deck → notes (reloaded)');
});

test('a deck opened without a step joins the talk where the notes are', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	const notes = await context.newPage();
	await notes.goto(`${notesPath(info.slug)}#${info.ids[6]}`);
	await expectNotesOn(notes, info, 6, 'notes opened at step 7');
	await page.goto(`/${info.slug}/present/`);
	await expectStep(page, info, 6, 'deck without a hash');
	// …and does not pull the notes back to its own first step (it once told them step 1 as it
	// mounted, just after asking them where the talk was).
	await page.waitForTimeout(500);
	await expectNotesOn(notes, info, 6, 'the notes, once the deck has joined');
	await page.keyboard.press('ArrowRight');
	await expectNotesOn(notes, info, 7, 'deck → notes');
});

test('a state that arrives after a newer change is dropped: deck and notes end on the same step', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	await openDeck(page, info, 2);
	const notes = await context.newPage();
	await notes.goto(notesPath(info.slug));
	await expectNotesOn(notes, info, 2, 'notes opened beside the deck');
	await notes.keyboard.press('PageDown');
	await expectStep(page, info, 3, 'notes → deck');
	// An old state of the deck's (step 3 was a later change) arrives now, as the deck's answer to
	// an earlier "hello" can on a busy machine: neither window goes back.
	await page.evaluate((slug) => {
		const channel = new BroadcastChannel(`lantern-present:${slug}`);
		channel.postMessage({
			protocol: 'lantern-present/2',
			type: 'state',
			from: 'deck',
			at: 1,
			step: 2,
			blackout: false
		});
		channel.close();
	}, info.slug);
	await page.waitForTimeout(500);
	await expectNotesOn(notes, info, 3, 'after the old state');
	await expectStep(page, info, 3, 'the deck, after the old state');
});

test('when pop-ups are blocked, S shows a link to the notes instead', async ({ page, context }) => {
	await page.addInitScript(() => {
		window.open = () => null; // what a blocked window.open returns
	});
	const info = await storyInfo(page);
	await openDeck(page, info, 2);
	await page.keyboard.press('s');
	const link = page.getByRole('link', { name: /pop-up blocked/i });
	await expect(link).toBeVisible();
	const [notes] = await Promise.all([context.waitForEvent('page'), link.click()]);
	await notes.waitForLoadState();
	expect(new URL(notes.url()).pathname).toBe(notesPath(info.slug));
	await expectNotesOn(notes, info, 2, 'notes from the link');
});

test('F5 does not reload the notes window either', async ({ page }) => {
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
	await page.goto(`${notesPath(info.slug)}#${info.ids[3]}`);
	await expectNotesOn(page, info, 3, 'notes');
	await page.keyboard.press('F5');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __f5: boolean[] }).__f5))
		.toEqual([true]);
	expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('axe: the notes window has no WCAG 2.2 A/AA violations', async ({ page }) => {
	const info = await storyInfo(page);
	for (const index of [0, info.ids.length - 1]) {
		await page.goto(`${notesPath(info.slug)}#${info.ids[index]}`);
		await expectNotesOn(page, info, index, 'notes');
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(violations, `notes at step ${index}`).toEqual([]);
	}
});
