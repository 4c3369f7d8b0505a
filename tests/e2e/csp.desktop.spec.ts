/**
 * Every mode runs under the content security policy it ships (docs/security.md): a <meta> policy
 * above every script, with no 'unsafe-inline' for scripts, and not one `securitypolicyviolation`
 * while the page starts, draws its map, loads its fonts and registers its service worker. A
 * script, style, font, picture or worker that the policy blocked would be reported here.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { discoverStory, startMap } from './helpers';
import { startDeckMap } from './deck-helpers';
import { embedFrame, middleChapter, openHost, snippet } from './embed-helpers';

interface Violation {
	directive: string;
	blocked: string;
	sample: string;
}

// Listens from before the page's first script, in every frame (init scripts are not subject
// to the page's policy); the console catches reports made before a listener could be added.
async function watchViolations(page: Page): Promise<string[]> {
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) console.push(m.text());
	});
	await page.addInitScript(() => {
		const seen: Violation[] = [];
		(window as unknown as { __violations: Violation[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample })
		);
	});
	return console;
}

async function violations(target: Page | Frame): Promise<Violation[]> {
	return target.evaluate(
		() => (window as unknown as { __violations?: Violation[] }).__violations ?? []
	);
}

/** The page's policy: in a <meta> above every script, strict for scripts. */
async function expectPolicy(target: Page | Frame): Promise<void> {
	const policy = await target.evaluate(() => {
		const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
		const scripts = [...document.querySelectorAll('script')];
		const first = scripts[0];
		return {
			content: meta?.getAttribute('content') ?? '',
			above:
				!!meta &&
				scripts.every(
					(s) => !!(meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING)
				),
			first: first ? first.outerHTML.slice(0, 40) : ''
		};
	});
	expect(policy.content, 'the page ships a policy').toMatch(/script-src 'self' 'sha256-/);
	expect(policy.above, `the policy is above every script (first: ${policy.first})`).toBe(true);
	const script = /script-src ([^;]*)/.exec(policy.content)?.[1] ?? '';
	expect(script).not.toContain('unsafe-inline');
	expect(script).not.toContain('unsafe-eval');
	expect(policy.content).toContain("object-src 'none'");
	expect(policy.content).toContain("default-src 'self'");
}

async function expectFontsLoaded(target: Page | Frame): Promise<void> {
	await expect
		.poll(() => target.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded')), {
			message: 'a web font loaded',
			timeout: 15_000
		})
		.toBe(true);
}

async function expectClean(target: Page | Frame, console: string[], label: string) {
	// A moment for late reports (a lazily loaded picture, a worker).
	await target.waitForTimeout?.(300);
	expect(await violations(target), `${label}: securitypolicyviolation events`).toEqual([]);
	expect(console, `${label}: CSP messages in the console`).toEqual([]);
}

test.describe('content security policy', () => {
	test.describe.configure({ timeout: 120_000 });
	let slug: string;

	test.beforeEach(async ({ page }) => {
		slug = await discoverStory(page);
	});

	test('the home page', async ({ page }) => {
		const console = await watchViolations(page);
		await page.goto('/');
		await expectPolicy(page);
		await expect(page.locator('main li h2 a').first()).toBeVisible();
		await page.waitForLoadState('load');
		await expectClean(page, console, 'home');
	});

	test('the reader: map, fonts and service worker', async ({ page }) => {
		const console = await watchViolations(page);
		await page.goto(`/${slug}/`);
		await expectPolicy(page);
		await startMap(page);
		await page.waitForSelector('.map[data-scene-step][data-map-center]');
		await expect(page.locator('.map .leaflet-pane svg path').first()).toBeAttached();
		// The service worker registers after the page has shown (register.ts).
		await expect
			.poll(
				() =>
					page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active),
				{ message: 'the service worker is active', timeout: 60_000 }
			)
			.toBe(true);
		await page.keyboard.press('j');
		await expect(page.locator('.reader')).toHaveAttribute('data-active-step', '1');
		await expectClean(page, console, 'reader');
	});

	test('the deck and the notes window', async ({ page, context }) => {
		const console = await watchViolations(page);
		await page.goto(`/${slug}/present/`);
		await expectPolicy(page);
		await startDeckMap(page);
		await page.waitForSelector('.map[data-scene-step][data-map-center]');
		await expect(page.locator('.map .leaflet-pane svg path').first()).toBeAttached();
		await expectFontsLoaded(page);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-active-step="1"]').first()).toBeAttached();
		await expectClean(page, console, 'deck');

		const notes = await context.newPage();
		const notesConsole = await watchViolations(notes);
		await notes.goto(`/${slug}/present/notes/`);
		await expectPolicy(notes);
		const picture = notes.locator('img[src*="scene/"]').first();
		await expect(picture).toBeVisible();
		await expect
			.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
			.toBeGreaterThan(0);
		await expectClean(notes, notesConsole, 'notes');
	});

	test('print', async ({ page }) => {
		const console = await watchViolations(page);
		await page.goto(`/${slug}/print/`);
		await expectPolicy(page);
		const pictures = page.locator('img[src*="scene/"]');
		await expect(pictures.first()).toBeAttached();
		await pictures.first().scrollIntoViewIfNeeded();
		await expect
			.poll(() => pictures.first().evaluate((img) => (img as HTMLImageElement).naturalWidth))
			.toBeGreaterThan(0);
		await expectClean(page, console, 'print');
	});

	for (const [name, sandbox] of [
		['the embed, as the snippet frames it', undefined],
		['the chapter embed, sandboxed to an opaque origin', 'allow-scripts']
	] as const) {
		test(name, async ({ page, request }, info) => {
			const chapter = sandbox ? (await middleChapter(request, slug)).id : undefined;
			const console = await watchViolations(page);
			await openHost(page, snippet(info, slug, chapter, sandbox));
			const frame = await embedFrame(page);
			await expectPolicy(frame);
			await expect(frame.locator('.map .leaflet-pane svg path').first()).toBeAttached();
			await expectFontsLoaded(frame);
			await frame.getByRole('button', { name: /next/i }).click();
			await expectClean(frame, console, 'embed');
		});
	}
});
