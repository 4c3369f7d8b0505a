/**
 * Helpers for the embed tests: three real origins (the story, a partner's page, a hostile page),
 * the snippet an editor pastes, and the embed frame's state read through the test contract.
 */
import {
	expect,
	type APIRequestContext,
	type Frame,
	type Page,
	type TestInfo
} from '@playwright/test';
import { embedSnippet, storyLinks } from '../../src/lib/embed/share';

/** The story's chapters in order, with their number of steps, read from the reader's HTML. */
export async function chapters(
	request: APIRequestContext,
	slug: string
): Promise<{ id: string; steps: number }[]> {
	const html = await (await request.get(`/${slug}/`)).text();
	const parts = html.split(/(?=<li class="chapter[^"]*" id=")/).slice(1);
	const list = parts.map((part) => ({
		id: /id="([^"]+)"/.exec(part)?.[1] as string,
		steps: (part.match(/<article\b/g) ?? []).length
	}));
	expect(list.length, 'the story has chapters (li.chapter[id])').toBeGreaterThan(1);
	return list;
}

/** A chapter that is not the first and has at least `min` steps: an embed that starts mid-story. */
export async function middleChapter(request: APIRequestContext, slug: string, min = 3) {
	const list = await chapters(request, slug);
	const found = list.slice(1).find((c) => c.steps >= min);
	expect(found, `a chapter after the first with ${min} steps or more`).toBeTruthy();
	return found as { id: string; steps: number };
}

/** The partner's page (tests/e2e/fixtures, webServer in playwright.config.ts). */
export const HOST = process.env.LANTERN_HOST_ORIGIN ?? 'http://localhost:4174';
/** A third origin that must not be able to steer anything. */
export const EVIL = process.env.LANTERN_EVIL_ORIGIN ?? 'http://127.0.0.1:4175';

/** The story's origin with a trailing slash: the baseURL the site is served at. */
export function siteRoot(info: TestInfo): string {
	const base = info.project.use.baseURL;
	expect(base, 'playwright.config.ts sets use.baseURL').toBeTruthy();
	return new URL('/', base as string).href;
}

/** The snippet the reader's Embed button copies, for the whole story or one chapter. */
export function snippet(info: TestInfo, slug: string, chapter?: string, sandbox?: string): string {
	const html = embedSnippet(storyLinks(siteRoot(info), slug, chapter), 'Embedded story');
	return sandbox ? html.replace(/sandbox="[^"]*"/, `sandbox="${sandbox}"`) : html;
}

/**
 * Opens the partner's page with `html` pasted in it, optionally with a hostile frame beside it,
 * or `gap` pixels of text above it.
 */
export async function openHost(
	page: Page,
	html: string,
	options: { evil?: boolean; gap?: number } = {}
) {
	const url = new URL('/host.html', HOST);
	url.searchParams.set('snippet', html);
	if (options.evil) url.searchParams.set('evil', new URL('/evil.html', EVIL).href);
	if (options.gap) url.searchParams.set('gap', String(options.gap));
	await page.goto(url.href);
	return url.href;
}

/** The Lantern frame inside the page, once its document has loaded. */
export async function embedFrame(page: Page): Promise<Frame> {
	let found: Frame | undefined;
	await expect
		.poll(() => (found = page.frames().find((f) => /\/embed\//.test(f.url()))) !== undefined, {
			message: 'a frame whose URL is a Lantern embed',
			timeout: 15_000
		})
		.toBe(true);
	// Hydrated, and the map has drawn the first scene (so map.json loaded, across origins too).
	await (found as Frame).waitForSelector('.embed.live .map[data-scene-step]', {
		state: 'attached'
	});
	return found as Frame;
}

export interface EmbedState {
	mode: string | null;
	active: number;
	scene: number | null;
	height: number;
	counter: string;
}

/** The embed's state: html[data-mode], [data-active-step], the map's [data-scene-step], its height. */
export async function embedState(frame: Frame): Promise<EmbedState> {
	return frame.evaluate(() => {
		const root = document.querySelector('.embed') as HTMLElement | null;
		const map = document.querySelector('.map') as HTMLElement | null;
		return {
			mode: document.documentElement.dataset.mode ?? null,
			active: root ? Number(root.dataset.activeStep) : -1,
			scene: map?.dataset.sceneStep === undefined ? null : Number(map.dataset.sceneStep),
			height: root ? root.getBoundingClientRect().height : -1,
			counter: (document.querySelector('.count')?.textContent ?? '').replace(/\s+/g, ' ').trim()
		};
	});
}

/** Waits until the embed shows step `index` with its map scene applied. */
export async function expectStep(frame: Frame, index: number): Promise<void> {
	await expect
		.poll(
			async () => {
				const s = await embedState(frame);
				return `active ${s.active}, scene ${s.scene}`;
			},
			{ timeout: 15_000 }
		)
		.toBe(`active ${index}, scene ${index}`);
}

/** The iframe's height in the host page and the embed's own height, both in CSS pixels. */
export async function heights(page: Page, frame: Frame) {
	const outer = page.locator('iframe[data-lantern], iframe.wp-embedded-content').first();
	const box = await outer.boundingBox();
	return { iframe: box?.height ?? -1, content: (await embedState(frame)).height };
}

/** Waits until the host has sized the iframe to the embed's content (within 2 px). */
export async function expectFitted(page: Page, frame: Frame, message: string) {
	await expect
		.poll(
			async () => {
				const h = await heights(page, frame);
				return Math.abs(h.iframe - h.content) <= 2 ? 'fitted' : JSON.stringify(h);
			},
			{ message, timeout: 15_000 }
		)
		.toBe('fitted');
	return heights(page, frame);
}
