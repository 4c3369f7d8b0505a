/**
 * How other sites find and preview a story: the oEmbed discovery link (early in <head>, where
 * WordPress looks), valid oEmbed JSON per story and per chapter, Open Graph and Twitter cards with
 * a real PNG, the host script, and the byte budget (the reader loads no embed code).
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { discoverStory, startMap, storyPath } from './helpers';
import { siteRoot } from './embed-helpers';

/** WordPress reads at most this much of a page when it looks for the discovery link. */
const WP_LIMIT = 150_000;

/** The oEmbed discovery link of the page at `path`, checked for where it sits. */
async function discover(request: APIRequestContext, path: string): Promise<string> {
	const response = await request.get(path);
	expect(response.status()).toBe(200);
	const html = await response.text();
	const link = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html);
	expect(link, `${path} has an oEmbed discovery <link>`).toBeTruthy();
	const at = Buffer.byteLength(html.slice(0, link!.index));
	expect(at, 'it sits within the first 150 KB').toBeLessThan(WP_LIMIT);
	expect(link!.index, 'it sits in <head>').toBeLessThan(html.indexOf('</head>'));
	expect(link![0]).toContain('rel="alternate"');
	const href = /href="([^"]+)"/.exec(link![0])?.[1] as string;
	expect(new URL(href).href, 'the href is absolute').toBe(href);
	return href;
}

interface OEmbed {
	[key: string]: unknown;
	html: string;
}

/** Fetches and validates an oEmbed response (oembed.com, "rich" type). */
async function oembed(
	request: APIRequestContext,
	href: string,
	storyHost: string
): Promise<OEmbed> {
	const response = await request.get(href);
	expect(response.status(), href).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const data = (await response.json()) as OEmbed;
	expect(data.version).toBe('1.0');
	expect(data.type).toBe('rich');
	expect(typeof data.html).toBe('string');
	for (const k of ['width', 'height'])
		expect(Number.isInteger(data[k]) && (data[k] as number) > 0, `${k} is a positive integer`).toBe(
			true
		);
	const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in data);
	expect([0, 3], 'the thumbnail fields come all three or none').toContain(thumb.length);
	expect(typeof data.title).toBe('string');
	expect(new URL(data.provider_url as string).host).toBe(storyHost);
	return data;
}

/** What the html holds, parsed by the browser. */
async function parseHtml(page: Page, html: string) {
	return page.evaluate((h) => {
		const t = document.createElement('template');
		t.innerHTML = h;
		const frames = t.content.querySelectorAll('iframe');
		return {
			blockquotes: t.content.querySelectorAll('blockquote').length,
			links: Array.from(t.content.querySelectorAll('blockquote a'), (a) => a.getAttribute('href')),
			iframes: frames.length,
			src: frames[0]?.getAttribute('src') ?? '',
			title: frames[0]?.getAttribute('title') ?? '',
			scripts: t.content.querySelectorAll('script').length
		};
	}, html);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('discovery and sharing', () => {
	// Each test loads several pages across origins; a busy two-core machine needs the room.
	test.describe.configure({ timeout: 120_000 });

	let slug: string;

	test.beforeEach(async ({ page }) => {
		slug = await discoverStory(page);
	});

	test('the story page carries oEmbed discovery early in <head>, and its JSON is valid', async ({
		page,
		request
	}, info) => {
		const host = new URL(siteRoot(info)).host;
		const href = await discover(request, storyPath(slug));
		const data = await oembed(request, href, host);
		const html = await parseHtml(page, data.html);
		expect(html).toMatchObject({ blockquotes: 1, iframes: 1, scripts: 0 });
		expect(html.title.trim(), 'the iframe has a title').not.toBe('');
		const src = new URL(html.src);
		expect(src.host, 'the iframe is the story’s own').toBe(host);
		expect(src.pathname).toBe(`/${slug}/embed/`);
		expect(new URL(html.links[0] as string).pathname).toBe(`/${slug}/`);
		// The pattern WordPress's filter uses (wp_filter_oembed_result) finds both parts.
		const m = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(data.html);
		expect(m?.[1] && m[2]).toBeTruthy();
		// The iframe's page exists, and is an embed.
		const embed = await request.get(html.src);
		expect(embed.status()).toBe(200);
		expect(await embed.text()).toContain('data-mode="embed"');
		// The thumbnail is the preview image, a real PNG of the size it claims.
		const png = await request.get(data.thumbnail_url as string);
		expect(png.headers()['content-type']).toBe('image/png');
		expect(pngSize(await png.body())).toEqual({
			width: data.thumbnail_width,
			height: data.thumbnail_height
		});
	});

	test('each chapter has its own embed and oEmbed JSON, discoverable from its embed page', async ({
		page,
		request
	}, info) => {
		const host = new URL(siteRoot(info)).host;
		const reader = await (await request.get(storyPath(slug))).text();
		const chapters = [...reader.matchAll(/<li class="chapter[^"]*" id="([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(chapters.length).toBeGreaterThan(1);
		const story = await oembed(request, await discover(request, storyPath(slug)), host);
		for (const chapter of chapters) {
			const href = await discover(request, `${storyPath(slug)}embed/${chapter}/`);
			expect(new URL(href).pathname).toBe(`/${slug}/embed/${chapter}/oembed.json`);
			const data = await oembed(request, href, host);
			expect(data.title).not.toBe(story.title);
			const html = await parseHtml(page, data.html);
			expect(html).toMatchObject({ blockquotes: 1, iframes: 1, scripts: 0 });
			expect(new URL(html.src).pathname).toBe(`/${slug}/embed/${chapter}/`);
			expect((await request.get(html.src)).status()).toBe(200);
		}
		// The whole-story embed page points at the story's own oEmbed.
		expect(await discover(request, `${storyPath(slug)}embed/`)).toBe(
			new URL(`${storyPath(slug)}oembed.json`, siteRoot(info)).href
		);
	});

	test('Open Graph and Twitter cards name an absolute PNG preview made at build time', async ({
		page,
		request
	}, info) => {
		await page.goto(storyPath(slug));
		const meta = (name: string) =>
			page
				.locator(`head meta[property="${name}"], head meta[name="${name}"]`)
				.getAttribute('content');
		expect(await meta('og:title')).toBeTruthy();
		expect(await meta('og:description')).toBeTruthy();
		expect(await meta('og:url')).toBe(new URL(storyPath(slug), siteRoot(info)).href);
		expect(await meta('twitter:card')).toBe('summary_large_image');
		const image = (await meta('og:image')) as string;
		expect(new URL(image).href, 'og:image is absolute').toBe(image);
		expect(await meta('twitter:image')).toBe(image);
		expect(await meta('og:image:alt')).toBeTruthy();
		const png = await request.get(image);
		expect(png.status()).toBe(200);
		expect(png.headers()['content-type']).toBe('image/png');
		expect(pngSize(await png.body())).toEqual({
			width: Number(await meta('og:image:width')),
			height: Number(await meta('og:image:height'))
		});
	});

	test('the host script is served: small, MIT-licensed, plain JavaScript', async ({ request }) => {
		const response = await request.get('/embed.js');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/javascript/);
		const body = await response.body();
		// 6 KB: the handshake nonce that keeps a navigated-away sandboxed frame from resizing
		// itself (#17) took it past the old 4 KB; about 2.5 KB gzipped.
		expect(body.byteLength).toBeLessThan(6144);
		expect(body.toString('utf8')).toContain('MIT License');
	});

	test('the reader loads no embed code; the embed page does', async ({ page }) => {
		// Which scripts the page loaded, then their text fetched again: a body read from the
		// browser while the page moves on can be gone (Network.getResponseBody fails).
		const scriptsOf = async (path: string) => {
			const urls = new Set<string>();
			const onResponse = (r: import('@playwright/test').Response) => {
				if (r.request().resourceType() === 'script') urls.add(r.url());
			};
			page.on('response', onResponse);
			await page.goto(path);
			// Scripts start after the first frame (paint-first.ts): wait for the app's map to be up,
			// not only for the network to fall quiet, which it may do before they are asked for. The
			// reader's map waits for a first move: make it, so its code is read too.
			await startMap(page);
			await page.waitForSelector('[data-scene-step]', { state: 'attached' });
			await page.waitForLoadState('networkidle');
			page.off('response', onResponse);
			expect(urls.size, `${path} loads scripts`).toBeGreaterThan(0);
			const bodies = await Promise.all(
				[...urls].map(async (url) => {
					const response = await page.request.get(url);
					expect(response.status(), url).toBe(200);
					return response.text();
				})
			);
			return bodies.join('\n');
		};
		// The message types exist only in the embed's own code (src/lib/embed/protocol.ts).
		const reader = await scriptsOf(storyPath(slug));
		expect(reader).not.toContain('lantern:height');
		expect(reader).not.toContain('lantern:go');
		const embed = await scriptsOf(`${storyPath(slug)}embed/`);
		expect(embed).toContain('lantern:height');
	});

	test('the embed registers no service worker (an opaque-origin frame would throw)', async ({
		browser
	}, info) => {
		const context = await browser.newContext({ baseURL: siteRoot(info) });
		const page = await context.newPage();
		await page.goto(`${storyPath(slug)}embed/`);
		await startMap(page);
		await page.waitForSelector('.embed.live .map[data-scene-step]', { state: 'attached' });
		await page.waitForLoadState('networkidle');
		const registrations = await page.evaluate(async () =>
			(await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)
		);
		expect(registrations).toEqual([]);
		await context.close();
	});
});
