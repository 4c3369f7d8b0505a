/**
 * The embed for every reader: axe finds nothing inside it (alone and framed by a partner page),
 * it reads without JavaScript, it answers swipes on a touch screen, and the reader's Embed button
 * hands an editor a snippet that works.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test } from '@playwright/test';
import { embedSnippet, storyLinks } from '../../src/lib/embed/share';
import { discoverStory, layoutShift, startMap, storyPath, watchLayoutShift } from './helpers';
import {
	embedFrame,
	embedState,
	expectFitted,
	expectStep,
	middleChapter,
	openHost,
	siteRoot,
	snippet
} from './embed-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

function violations(result: Pick<axe.AxeResults, 'violations'>) {
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test.describe('the embed for every reader', () => {
	// Each test loads several pages across origins; a busy two-core machine needs the room.
	test.describe.configure({ timeout: 120_000 });

	let slug: string;

	test.beforeEach(async ({ page }) => {
		slug = await discoverStory(page);
	});

	test('axe finds nothing in the embed, at its first step and at each step of a chapter', async ({
		page
	}) => {
		test.setTimeout(240_000);
		// Judge each step's final state: a cue caught mid-fade is not a contrast failure.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${storyPath(slug)}embed/`);
		await startMap(page);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		expect(violations(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);

		const chapter = (await middleChapter(page.request, slug)).id;
		await page.goto(`${storyPath(slug)}embed/${chapter}/`);
		await startMap(page);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		const next = page.getByRole('button', { name: /next/i });
		for (;;) {
			expect(violations(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
			if (await next.isDisabled()) break;
			const { active } = await embedState(page.mainFrame());
			await next.click();
			await expectStep(page.mainFrame(), active + 1);
		}
	});

	test('axe finds nothing inside the embed on a partner page', async ({ page }, info) => {
		await openHost(page, snippet(info, slug));
		const frame = await embedFrame(page);
		// axe runs in the frame itself: AxeBuilder gives a cross-origin frame one second to load
		// axe and silently skips it when that is not enough.
		await frame.evaluate(axe.source);
		const result = await frame.evaluate(
			(tags) =>
				(window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: { type: 'tag', values: tags }
				}),
			TAGS
		);
		expect(violations(result)).toEqual([]);
		expect(result.passes.length, 'axe ran its rules on the embed').toBeGreaterThan(10);
	});

	test('without JavaScript it is a stacked page: every step’s text and static scene', async ({
		browser
	}, info) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: siteRoot(info) });
		const page = await context.newPage();
		const chapter = (await middleChapter(page.request, slug, 2)).id;
		await page.goto(`${storyPath(slug)}embed/${chapter}/`);
		await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
		const steps = page.locator('article.step');
		const n = await steps.count();
		expect(n, 'the chapter’s steps are all there').toBeGreaterThan(1);
		for (let i = 0; i < n; i++) {
			const step = steps.nth(i);
			await expect(step.locator('h2')).toBeVisible();
			const img = step.locator('img.static-map');
			await img.scrollIntoViewIfNeeded();
			await expect(img).toHaveAttribute('alt', /^Map: .{20,}/);
			await expect
				.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
				.toBeGreaterThan(0);
		}
		// No dead controls without a script; the way to the full story is there.
		await expect(page.getByRole('button', { name: /next/i })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /open the full story/i })).toBeVisible();
		await context.close();
	});

	test('a swipe on a touch screen moves a step; a vertical one does not', async ({
		browser
	}, info) => {
		const context = await browser.newContext({
			hasTouch: true,
			// No map flights: a busy renderer would stretch the gesture past a swipe's 800 ms.
			reducedMotion: 'reduce',
			viewport: { width: 400, height: 700 },
			baseURL: siteRoot(info)
		});
		const page = await context.newPage();
		await page.goto(`${storyPath(slug)}embed/`);
		await startMap(page);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		const cdp = await context.newCDPSession(page);
		const swipe = async (dx: number, dy: number) => {
			const x = 200;
			const y = 150;
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
			for (const k of [0.5, 1])
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: x + dx * k, y: y + dy * k }]
				});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		const { active } = await embedState(page.mainFrame());
		await swipe(-150, 10);
		await expectStep(page.mainFrame(), active + 1);
		await swipe(150, -5);
		await expectStep(page.mainFrame(), active);
		await swipe(0, -120);
		await page.waitForTimeout(300);
		expect((await embedState(page.mainFrame())).active).toBe(active);
		await context.close();
	});

	test('the reader’s Embed button copies a snippet for the current chapter that works', async ({
		browser
	}, info) => {
		const context = await browser.newContext({ baseURL: siteRoot(info) });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(siteRoot(info)).origin
		});
		const page = await context.newPage();
		const chapter = (await middleChapter(page.request, slug, 1)).id;
		// A step inside that chapter: the first step after its heading.
		const html = await (await page.request.get(storyPath(slug))).text();
		const after = html.slice(html.indexOf(`id="${chapter}"`));
		const stepId = /<article[^>]*id="([^"]+)"/.exec(after)?.[1];
		await page.goto(`${storyPath(slug)}#${stepId}`);
		await expect(page.locator(`#${stepId}`)).toBeInViewport();
		// Clicked where the reader is (a DOM click: Playwright's own would scroll to the top first).
		const button = page.getByRole('button', { name: /^embed$/i });
		await button.evaluate((b: HTMLButtonElement) => b.click());
		await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const title = await page.evaluate(
			(c) => document.querySelector(`#${c} h2`)?.textContent?.trim() ?? '',
			chapter
		);
		const storyTitle = (await page.locator('h1').first().textContent())?.trim() ?? '';
		expect(copied, 'the snippet of the chapter being read').toBe(
			embedSnippet(storyLinks(siteRoot(info), slug, chapter), `${title} — ${storyTitle}`)
		);
		await expect(page.getByLabel('Embed code')).toHaveValue(copied);
		// Another choice copies again.
		await page.getByRole('combobox').filter({ hasText: 'the whole story' }).selectOption('');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(embedSnippet(storyLinks(siteRoot(info), slug), storyTitle));
		await page.getByRole('combobox').filter({ hasText: 'the whole story' }).selectOption(chapter);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);

		// Pasted into a partner's page, it shows that chapter and sizes itself.
		const host = await context.newPage();
		await openHost(host, copied);
		const frame = await embedFrame(host);
		expect(frame.url()).toContain(`/embed/${chapter}/`);
		await expectFitted(host, frame, 'the pasted snippet resizes');
		await context.close();
	});

	test('without clipboard access the Embed button selects the code to copy by hand', async ({
		page
	}) => {
		await page.goto(storyPath(slug));
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) }
			});
		});
		await page.getByRole('button', { name: /^embed$/i }).click();
		await expect(page.getByRole('status').filter({ hasText: /copy/i })).toBeVisible();
		const area = page.getByLabel('Embed code');
		await expect(area).toBeFocused();
		const selected = await area.evaluate(
			(t: HTMLTextAreaElement) =>
				t.selectionEnd - t.selectionStart === t.value.length && t.value.length > 0
		);
		expect(selected, 'the whole snippet is selected').toBe(true);
		expect(await area.inputValue()).toContain('<iframe ');
	});

	test('nothing moves when its script starts: layout shift under 0.05 as it loads', async ({
		page
	}) => {
		// Before the fix the stacked no-script page turned into the stepper (Lighthouse CLS 0.93).
		await watchLayoutShift(page);
		const chapter = (await middleChapter(page.request, slug, 2)).id;
		await page.goto(`${storyPath(slug)}embed/${chapter}/`);
		await startMap(page);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		const shift = await layoutShift(page);
		expect(shift, 'cumulative layout shift while the embed loads').toBeLessThan(0.05);
	});
});
