/**
 * The embed on a partner's page on another origin: the host script sizes the iframe, the stepper
 * answers buttons and keys, and neither a third origin nor a hostile message can steer it.
 */
import { expect, test } from '@playwright/test';
import { discoverStory, storyPath } from './helpers';
import {
	EVIL,
	embedFrame,
	embedState,
	expectFitted,
	expectStep,
	middleChapter,
	openHost,
	siteRoot,
	snippet
} from './embed-helpers';

test.describe('embed on a partner page', () => {
	// Each test loads several pages across origins; a busy two-core machine needs the room.
	test.describe.configure({ timeout: 120_000 });

	let slug: string;
	let chapter: string;

	test.beforeEach(async ({ page, request }) => {
		slug = await discoverStory(page);
		// A chapter that starts mid-story, so indices are the story's own, not the embed's.
		chapter = (await middleChapter(request, slug)).id;
	});

	test('the iframe takes the embed’s height on load and when the host’s viewport changes', async ({
		page
	}, info) => {
		await openHost(page, snippet(info, slug, chapter));
		const frame = await embedFrame(page);
		expect((await embedState(frame)).mode).toBe('embed');
		const loaded = await expectFitted(page, frame, 'on load the iframe fits the embed');
		// The host script set it: the snippet's own height attribute is 720.
		const styled = await page.locator('iframe[data-lantern]').evaluate((f) => f.style.height);
		expect(styled, 'embed.js sized the iframe').toBe(`${Math.ceil(loaded.content)}px`);

		await page.setViewportSize({ width: 400, height: 800 });
		const narrow = await expectFitted(page, frame, 'after the viewport narrowed');
		expect(
			Math.abs(narrow.content - loaded.content),
			'the narrower embed has another height'
		).toBeGreaterThan(20);

		await page.setViewportSize({ width: 1280, height: 800 });
		const wide = await expectFitted(page, frame, 'after the viewport widened again');
		expect(Math.abs(wide.content - loaded.content)).toBeLessThanOrEqual(2);

		// Stepping changes the text, so the height follows it.
		await page.frameLocator('iframe[data-lantern]').getByRole('button', { name: /next/i }).click();
		await expectFitted(page, frame, 'after a step');
	});

	test('a host script that loads after the embed still sizes it', async ({ page }, info) => {
		const [iframe, script] = snippet(info, slug, chapter).split('\n') as [string, string];
		await openHost(page, iframe);
		const frame = await embedFrame(page);
		// The embed has said its height to no one; nothing about it changes any more.
		await frame.evaluate(() => document.fonts.ready);
		await page.waitForTimeout(500);
		const box = await page.locator('iframe[data-lantern]').boundingBox();
		expect(box?.height, 'still the snippet’s own height').toBe(720);
		await page.addScriptTag({ url: /src="([^"]+)"/.exec(script)?.[1] as string });
		await expectFitted(page, frame, 'the late script asked for the height and got it');
	});

	test('the stepper moves by its buttons and by keys', async ({ page }, info) => {
		await openHost(page, snippet(info, slug, chapter));
		const frame = await embedFrame(page);
		const embed = page.frameLocator('iframe[data-lantern]');
		const first = (await embedState(frame)).active;
		await expectStep(frame, first);
		const total = Number(/of (\d+)/.exec((await embedState(frame)).counter)?.[1]);
		expect(total, 'the counter says "Step 1 of N"').toBeGreaterThanOrEqual(3);
		await expect(embed.locator('.count')).toContainText('Step 1 of');
		await expect(embed.getByRole('button', { name: /previous/i })).toBeDisabled();

		await embed.getByRole('button', { name: /next/i }).click();
		await expectStep(frame, first + 1);
		await expect(embed.locator('.count')).toContainText(`Step 2 of ${total}`);
		// Exactly the active step is shown, with its id and index (the test contract).
		await expect(embed.locator('article.step:visible')).toHaveCount(1);
		await expect(embed.locator('article.step:visible')).toHaveAttribute(
			'data-step',
			String(first + 1)
		);

		await page.keyboard.press('ArrowRight');
		await expectStep(frame, first + 2);
		await page.keyboard.press('ArrowLeft');
		await expectStep(frame, first + 1);
		await embed.getByRole('button', { name: /previous/i }).click();
		await expectStep(frame, first);
		await page.keyboard.press('End');
		await expectStep(frame, first + total - 1);
		await expect(embed.getByRole('button', { name: /next/i })).toBeDisabled();
		await page.keyboard.press('ArrowRight');
		await expectStep(frame, first + total - 1);
		await page.keyboard.press('Home');
		await expectStep(frame, first);

		// The link out opens the full story at the step being shown, in the top window.
		const open = embed.getByRole('link', { name: /open the full story/i });
		await expect(open).toHaveAttribute('target', '_top');
		const id = await embed.locator('article.step:visible').getAttribute('id');
		const story = new URL(`${storyPath(slug)}#${id}`, siteRoot(info)).href;
		expect(await open.evaluate((a: HTMLAnchorElement) => a.href)).toBe(story);
		await open.click();
		await page.waitForURL(story);
	});

	test('in a frame of fixed height 200 px the controls show at once and stay while the text scrolls', async ({
		page
	}, info) => {
		// No host script: the frame keeps the height it was given.
		const [iframe] = snippet(info, slug, chapter).split('\n') as [string];
		await openHost(page, iframe.replace('height="720"', 'height="200"'));
		const frame = await embedFrame(page);
		const outer = page.locator('iframe[data-lantern]');
		const next = page.frameLocator('iframe[data-lantern]').getByRole('button', { name: /next/i });
		const inside = async () => {
			const [a, b] = [await outer.boundingBox(), await next.boundingBox()];
			return !!a && !!b && b.y >= a.y - 1 && b.y + b.height <= a.y + a.height + 1;
		};
		expect((await outer.boundingBox())?.height).toBe(200);
		expect(await inside(), 'Next is in view without scrolling').toBe(true);
		const start = (await embedState(frame)).active;
		await next.click();
		await expectStep(frame, start + 1);
		const scrolled = await frame.evaluate(() => {
			window.scrollTo(0, 400);
			return window.scrollY;
		});
		expect(scrolled, 'the text scrolls inside the frame').toBeGreaterThan(0);
		expect(await inside(), 'Next stays in view while the text scrolls').toBe(true);
	});

	test('its address can narrow it to a run of steps and open it on one', async ({ page }) => {
		await page.goto(`${storyPath(slug)}embed/`);
		const ids = await page.$$eval('article.step', (els) => els.map((e) => e.id));
		const [from, middle, to] = [ids[3], ids[4], ids[6]] as [string, string, string];
		await page.goto(`${storyPath(slug)}embed/?from=${from}&to=${to}`);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		await expectStep(page.mainFrame(), 3);
		await expect(page.locator('.count')).toContainText('Step 1 of 4');
		await page.keyboard.press('End');
		await expectStep(page.mainFrame(), 6);
		await page.goto('about:blank');
		await page.goto(`${storyPath(slug)}embed/?from=${from}&to=${to}#${middle}`);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		await expectStep(page.mainFrame(), 4);
		await expect(page.locator('.count')).toContainText('Step 2 of 4');
	});

	test('messages from a third origin change nothing', async ({ page }, info) => {
		await openHost(page, snippet(info, slug, chapter), { evil: true });
		const frame = await embedFrame(page);
		const before = await expectFitted(page, frame, 'fitted before the attack');
		const start = (await embedState(frame)).active;
		const evil = page.frames().find((f) => f.url().startsWith(EVIL));
		expect(evil, 'the hostile frame loaded').toBeTruthy();
		const id = await frame.evaluate(
			(i) => document.querySelector(`[data-step="${i}"]`)?.id,
			start + 2
		);

		await evil!.evaluate(() => {
			const w = window as unknown as { toHost(d: unknown): void };
			w.toHost({ type: 'lantern:height', height: 99999 });
			w.toHost({ type: 'lantern:height', height: 1 });
		});
		const reached = await evil!.evaluate(
			([step, stepId, story]) => {
				const w = window as unknown as { toSiblings(d: unknown): number };
				w.toSiblings({ type: 'lantern:go', step });
				w.toSiblings({ type: 'lantern:go', step: stepId });
				return w.toSiblings({ type: 'lantern:go', step: `${story}#${stepId}` });
			},
			[start + 2, id, new URL(storyPath(slug), siteRoot(info)).href] as const
		);
		expect(reached, 'the hostile frame could post to the embed').toBeGreaterThanOrEqual(1);
		await page.waitForTimeout(500);
		const after = await embedState(frame);
		expect(after.active, 'the step did not move').toBe(start);
		const box = await page.locator('iframe[data-lantern]').boundingBox();
		expect(
			Math.abs((box?.height ?? 0) - before.iframe),
			'the iframe kept its height'
		).toBeLessThanOrEqual(1);

		// The same message from the host itself does move it: the test above could have failed.
		await page.evaluate((step) => {
			const w = window as unknown as { LanternEmbed: { go(f: Element | null, s: number): void } };
			w.LanternEmbed.go(document.querySelector('iframe[data-lantern]'), step);
		}, start + 2);
		await expectStep(frame, start + 2);
	});

	test('a javascript: or foreign URL sent to the embed is never followed', async ({
		page
	}, info) => {
		const hostUrl = await openHost(page, snippet(info, slug, chapter));
		const frame = await embedFrame(page);
		const start = (await embedState(frame)).active;
		const frameUrl = frame.url();
		const ids = await frame.evaluate(() =>
			Array.from(document.querySelectorAll('article.step'), (a) => a.id)
		);
		const [, decoy, target] = ids as [string, string, string];
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const popups: string[] = [];
		page.context().on('page', (p) => popups.push(p.url()));
		// Record every step the embed shows from now on.
		await frame.evaluate(() => {
			const root = document.querySelector('.embed') as HTMLElement;
			const seen: string[] = [];
			(window as unknown as { __seen: string[] }).__seen = seen;
			new MutationObserver(() => seen.push(root.dataset.activeStep ?? '')).observe(root, {
				attributes: true,
				attributeFilter: ['data-active-step']
			});
		});

		const story = new URL(storyPath(slug), siteRoot(info)).href;
		const hostile = [
			{ type: 'lantern:go', step: 'javascript:alert(1)' },
			{ type: 'lantern:go', step: `javascript:alert(1)//${story}#${decoy}` },
			{ type: 'lantern:go', step: `${EVIL}/${slug}/#${decoy}` },
			{ type: 'lantern:go', step: `https://evil.test/${slug}/#${decoy}` },
			{ type: 'lantern:go', step: `data:text/html,<script>alert(1)</script>#${decoy}` },
			{ type: 'lantern:go', step: decoy, url: 'javascript:alert(1)' },
			{ type: 'lantern:navigate', url: 'javascript:alert(1)' },
			{ type: 'lantern:navigate', url: `${EVIL}/evil.html` },
			{ secret: 'abc', message: 'link', value: 'javascript:alert(1)' },
			'javascript:alert(1)'
		];
		await page.evaluate(
			([messages, last]) => {
				const f = document.querySelector('iframe[data-lantern]') as HTMLIFrameElement;
				for (const m of messages) f.contentWindow?.postMessage(m, '*');
				// Messages arrive in order: once this one is applied, all the others were handled.
				f.contentWindow?.postMessage({ type: 'lantern:go', step: last }, '*');
			},
			[hostile, `${story}#${target}`] as const
		);
		const targetIndex = await frame.evaluate(
			(t) => Number(document.getElementById(t)?.dataset.step),
			target
		);
		await expectStep(frame, targetIndex);
		expect(targetIndex).not.toBe(start);

		const seen = await frame.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
		const decoyIndex = String(start + 1);
		expect(seen, 'no hostile message moved the step').not.toContain(decoyIndex);
		expect(dialogs, 'no script ran').toEqual([]);
		expect(popups, 'no window opened').toEqual([]);
		expect(frame.url(), 'the embed did not navigate').toBe(frameUrl);
		expect(page.url(), 'the host page did not navigate').toBe(hostUrl);
	});

	test('in the strictest sandbox (allow-scripts only) it still loads, fits and steps', async ({
		page
	}, info) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await openHost(page, snippet(info, slug, chapter, 'allow-scripts'));
		const frame = await embedFrame(page);
		// An opaque origin: no storage at all (the motion choice is guarded).
		expect(
			await frame.evaluate(() => {
				try {
					return typeof localStorage.getItem('x');
				} catch {
					return 'no storage';
				}
			})
		).toBe('no storage');
		const start = (await embedState(frame)).active;
		await expectStep(frame, start); // map.json loaded across origins
		await expectFitted(page, frame, 'the host script accepts the opaque origin "null"');
		await page.frameLocator('iframe[data-lantern]').getByRole('button', { name: /next/i }).click();
		await expectStep(frame, start + 1);
		expect(errors).toEqual([]);
	});

	test('a sandboxed frame sent to another page no longer sets its height', async ({
		page
	}, info) => {
		await openHost(page, snippet(info, slug, chapter, 'allow-scripts'));
		const frame = await embedFrame(page);
		const before = await expectFitted(page, frame, 'the embed sized its frame');
		// Its origin and the other page's are both "null": only the nonce tells them apart.
		await frame.evaluate((url) => (location.href = url), new URL('/navigated.html', EVIL).href);
		const other = page.frameLocator('iframe[data-lantern]').locator('body[data-done]');
		await expect(other, 'the other page sent its ten heights').toBeAttached({ timeout: 15_000 });
		await page.waitForTimeout(300);
		const box = await page.locator('iframe[data-lantern]').boundingBox();
		expect(
			Math.abs((box?.height ?? 0) - before.iframe),
			'the iframe kept the embed’s height, not 3000 px'
		).toBeLessThanOrEqual(1);
	});
});
