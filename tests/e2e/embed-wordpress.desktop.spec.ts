/**
 * The story pasted into WordPress: tests/e2e/fixtures/wordpress.html reproduces what WordPress does
 * with an unknown provider (its oEmbed filter, the sandbox, the secret, the 200–1000 px clamp and
 * the link rule of wp-embed.js). The embed must appear, size itself and lead to the story.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { discoverStory, storyPath } from './helpers';
import { HOST, embedFrame, embedState, expectStep, siteRoot } from './embed-helpers';

async function openWordPress(page: Page, oembed: string) {
	const url = new URL('/wordpress.html', HOST);
	url.searchParams.set('oembed', oembed);
	await page.goto(url.href);
	await expect(page.locator('html')).toHaveAttribute('data-embedded', 'yes');
	return page.locator('iframe.wp-embedded-content');
}

/** The fonts the embed asked for have loaded, in the sandboxed frame (CORS on the font files). */
async function fontsLoaded(frame: Frame) {
	return frame.evaluate(async () => {
		await document.fonts.ready;
		return Array.from(document.fonts)
			.filter((f) => f.status === 'loaded')
			.map((f) => f.family.replace(/['"]/g, ''));
	});
}

test.describe('embedded by WordPress', () => {
	// Each test loads several pages across origins; a busy two-core machine needs the room.
	test.describe.configure({ timeout: 120_000 });

	let slug: string;

	test.beforeEach(async ({ page }) => {
		slug = await discoverStory(page);
	});

	test('the oEmbed html survives WordPress’s filter and the embed shows, sized 200–1000 px', async ({
		page
	}, info) => {
		const errors: string[] = [];
		page.on(
			'console',
			(m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`)
		);
		page.on('pageerror', (e) => errors.push(e.message));
		const oembed = new URL(`${storyPath(slug)}oembed.json`, siteRoot(info)).href;
		const iframe = await openWordPress(page, oembed);

		await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
		const secret = await iframe.getAttribute('data-secret');
		expect(secret).toMatch(/^[A-Za-z0-9]{10}$/);
		expect(await iframe.getAttribute('src')).toContain(`#?secret=${secret}`);
		await expect(iframe).toHaveAttribute('title', /\S/);

		const frame = await embedFrame(page);
		// The embed spoke WordPress's protocol: the iframe is shown, the fallback quote hidden.
		await expect.poll(() => iframe.getAttribute('style')).toBeNull();
		await expect(iframe).toBeVisible();
		await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
		// It is the embed's height, unless WordPress clamped it.
		await expect
			.poll(async () => {
				const content = Math.ceil((await embedState(frame)).height);
				return Number(await iframe.getAttribute('height')) - Math.min(1000, Math.max(200, content));
			})
			.toBe(0);
		const height = Number(await iframe.getAttribute('height'));
		expect(height).toBeGreaterThanOrEqual(200);
		expect(height).toBeLessThanOrEqual(1000);

		// Rendered: the first step's text, and its map scene from map.json fetched across origins.
		const state = await embedState(frame);
		expect(state.mode).toBe('embed');
		await expectStep(frame, state.active);
		await expect(
			page.frameLocator('iframe.wp-embedded-content').locator('article.step:visible h2')
		).toBeVisible();
		// The embed takes up the web fonts once its page has loaded (web-fonts.ts).
		await expect
			.poll(() => fontsLoaded(frame), {
				message: 'the story fonts loaded inside the sandbox',
				timeout: 20_000
			})
			.toEqual(expect.arrayContaining(['Literata', 'PT Sans Narrow']));
		expect(errors, 'no errors: storage and service worker access are guarded').toEqual([]);
	});

	test('its height follows WordPress’s clamp when the post narrows', async ({ page }, info) => {
		const oembed = new URL(`${storyPath(slug)}oembed.json`, siteRoot(info)).href;
		const iframe = await openWordPress(page, oembed);
		const frame = await embedFrame(page);
		await expect.poll(() => iframe.getAttribute('style')).toBeNull();
		const fit = async () => {
			const content = Math.ceil((await embedState(frame)).height);
			return Number(await iframe.getAttribute('height')) === Math.min(1000, Math.max(200, content));
		};
		await expect.poll(fit).toBe(true);
		await page.setViewportSize({ width: 360, height: 700 });
		await expect.poll(fit, { message: 'the height message follows a resize' }).toBe(true);
	});

	test('"Open the full story" leads the top window to the story through WordPress', async ({
		page
	}, info) => {
		const oembed = new URL(`${storyPath(slug)}oembed.json`, siteRoot(info)).href;
		await openWordPress(page, oembed);
		const frame = await embedFrame(page);
		const { active } = await embedState(frame);
		const id = await frame.evaluate(
			(i) => document.querySelector(`[data-step="${i}"]`)?.id,
			active
		);
		// In WordPress's sandbox the frame cannot navigate the top window itself; it asks wp-embed.
		await page
			.frameLocator('iframe.wp-embedded-content')
			.getByRole('link', { name: /open the full story/i })
			.click();
		await page.waitForURL(new URL(`${storyPath(slug)}#${id}`, siteRoot(info)).href);
		await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
	});

	test('a chapter pasted into WordPress embeds just that chapter', async ({ page }, info) => {
		const html = await (await page.request.get(`${storyPath(slug)}`)).text();
		const chapter = /<li class="chapter[^"]*" id="([^"]+)"/.exec(html)?.[1];
		expect(chapter, 'a chapter id in the reader').toBeTruthy();
		const oembed = new URL(`${storyPath(slug)}embed/${chapter}/oembed.json`, siteRoot(info)).href;
		await openWordPress(page, oembed);
		const frame = await embedFrame(page);
		expect(frame.url()).toContain(`/embed/${chapter}/#?secret=`);
		await expect(page.frameLocator('iframe.wp-embedded-content').locator('.count')).toContainText(
			/^Step 1 of \d+/
		);
	});
});
