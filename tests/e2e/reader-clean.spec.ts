/**
 * E7 / A17: the index and the reader load nothing from other hosts, log no errors while the whole
 * story is scrolled through, and axe finds no WCAG 2.2 A/AA violations at the top or mid-story.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	budget,
	discoverStory,
	drawnIn,
	layoutShift,
	middle,
	motionAtRest,
	openStory,
	scrollStepTo,
	settle,
	steps,
	watchLayoutShift,
	watchPage
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

function allowedHost(baseURL: string | undefined): string {
	expect(baseURL, 'playwright.config.ts sets use.baseURL').toBeTruthy();
	return new URL(baseURL as string).host;
}

test('the index page: no other host, no console error', async ({ page, baseURL }) => {
	const watch = watchPage(page, allowedHost(baseURL));
	await page.goto('/');
	await expect(page.locator('main li h2 a').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(watch.foreign, 'requests to other hosts').toEqual([]);
	expect(watch.errors, 'console errors and page errors').toEqual([]);
});

/** The fonts app.html will preload on the next page, once a page has fetched them. */
async function fetchedFonts(page: Page): Promise<string[]> {
	const raw = await page.evaluate(() => localStorage.getItem('lantern:fonts'));
	return raw ? ((JSON.parse(raw) as { urls: string[] }).urls ?? []) : [];
}

test('first visit: the story opens still in its local faces and fetches the web fonts for later', async ({
	page
}) => {
	// Laying a whole story out again in the web fonts was one long task on a phone. A first visit
	// keeps the metric-matched local faces; once the page has loaded, the web fonts are fetched
	// (prefetch, off the main thread) and remembered for the next page.
	const slug = await discoverStory(page);
	// A first visit: nothing remembered, even if the index page had time to fetch the fonts.
	await page.addInitScript(() => localStorage.removeItem('lantern:fonts'));
	await watchLayoutShift(page);
	await openStory(page, slug);
	await expect
		.poll(() => fetchedFonts(page), {
			message: 'the web fonts were fetched after the page loaded, and remembered',
			timeout: 15_000
		})
		.toEqual(
			expect.arrayContaining([
				expect.stringMatching(/literata-latin-400-normal\.[\w-]+\.woff2$/),
				expect.stringMatching(/pt-sans-narrow-latin-700-normal\.[\w-]+\.woff2$/)
			])
		);
	await expect(page.locator('html')).not.toHaveClass(/\bfonts\b/);
	expect(await drawnIn(page, 'h1'), 'the title in the local stand-in').not.toContain(
		'Literata (web)'
	);
	expect(await layoutShift(page), 'cumulative layout shift while the story loads').toBeLessThan(
		0.05
	);
});

test('return visit: the web fonts are drawn from the first frame, and the story opens still', async ({
	page
}) => {
	const slug = await discoverStory(page);
	await openStory(page, slug);
	await expect.poll(() => fetchedFonts(page), { timeout: 15_000 }).not.toEqual([]);
	await watchLayoutShift(page);
	await openStory(page, slug);
	await expect(page.locator('html')).toHaveClass(/\bfonts\b/);
	expect(await drawnIn(page, 'h1'), 'the title').toEqual(['Literata (web)']);
	expect(await drawnIn(page, '.kicker'), 'a label').toEqual(['PT Sans Narrow (web)']);
	expect(await layoutShift(page), 'cumulative layout shift while the story loads').toBeLessThan(
		0.05
	);
});

test('the story: no other host, no console error while scrolling through every step', async ({
	page,
	baseURL
}) => {
	const slug = await discoverStory(page);
	const watch = watchPage(page, allowedHost(baseURL));
	await openStory(page, slug);
	const all = await steps(page);
	test.setTimeout(budget(all.length));
	for (const step of all) {
		await scrollStepTo(page, step.index);
		await settle(page, { expected: step.index });
	}
	await page.evaluate(() =>
		window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
	);
	await settle(page);
	await page.waitForLoadState('networkidle');
	expect(watch.foreign, 'requests to other hosts').toEqual([]);
	expect(watch.errors, 'console errors and page errors').toEqual([]);
});

async function expectNoAxeViolations(page: Page, where: string) {
	await motionAtRest(page);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(results.violations.length, `axe violations ${where}:\n  ${summary.join('\n  ')}`).toBe(0);
}

test('axe finds no WCAG 2.2 A/AA violations on the story, at the top and at a middle step', async ({
	page
}) => {
	test.setTimeout(120_000); // axe takes seconds per run on a busy machine
	const slug = await discoverStory(page);
	await openStory(page, slug);
	await expectNoAxeViolations(page, 'at the top of the story');
	const all = await steps(page);
	const m = middle(all.length);
	await scrollStepTo(page, m);
	await settle(page, { expected: m });
	await expectNoAxeViolations(page, `at step ${m} (#${all[m]?.id})`);
});

test('the reader’s page does not carry the lecturer’s notes (the handout does)', async ({
	page,
	request
}) => {
	const slug = await discoverStory(page);
	await page.goto(`/${slug}/print/`);
	const notes = page.locator('article.step .notes p:not(.kicker)');
	expect(await notes.count(), 'the handout shows lecturer’s notes').toBeGreaterThan(0);
	// A run of plain words from a note, so escaping in HTML or JSON cannot hide a match.
	const words = ((await notes.first().textContent()) ?? '').match(/[A-Za-z]{3,}/g) ?? [];
	const phrase = words.slice(0, 4).join(' ');
	expect(phrase.split(' ').length, `a phrase from the first note: "${phrase}"`).toBe(4);
	const handout = await (await request.get(`/${slug}/print/`)).text();
	expect(handout.replace(/\s+/g, ' ')).toMatch(new RegExp(phrase.replace(/ /g, '\\W+')));
	const reader = await (await request.get(`/${slug}/`)).text();
	expect(reader.replace(/\s+/g, ' ')).not.toMatch(new RegExp(phrase.replace(/ /g, '\\W+')));
});

test('the app starts over the prerendered steps: none is removed or rebuilt, all keep their styles', async ({
	page
}) => {
	// The steps are static HTML that the browser does not hydrate (src/lib/ui/prerendered.ts). A
	// hydration mismatch makes Svelte throw the server's DOM away and mount afresh: every step
	// would be removed, and then either rebuilt or, with nothing to build, gone.
	const slug = await discoverStory(page);
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (/hydration|svelte\.dev\/e\//.test(m.text())) warnings.push(m.text());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __removedSteps: number };
		w.__removedSteps = 0;
		new MutationObserver((records) => {
			for (const r of records)
				for (const node of r.removedNodes)
					if (node instanceof Element && node.matches('li, .steps, .scrolly, main'))
						w.__removedSteps += 1;
		}).observe(document, { childList: true, subtree: true });
	});
	await openStory(page, slug);
	const list = await steps(page);
	expect(
		await page.evaluate(() => (window as unknown as { __removedSteps: number }).__removedSteps)
	).toBe(0);
	expect(warnings, 'Svelte reports no hydration problem').toEqual([]);
	// The list's and the cards' stylesheets reach the page though no component renders them here.
	const look = await page.evaluate(() => {
		const slot = document.querySelector('.step-slot') as HTMLElement;
		const card = slot.querySelector('article.step') as HTMLElement;
		const map = slot.querySelector('.print-map') as HTMLElement;
		return {
			gap: parseFloat(getComputedStyle(slot).marginBottom) / innerHeight,
			border: getComputedStyle(card).borderTopStyle,
			printMap: getComputedStyle(map).display
		};
	});
	expect(look.gap, 'scroll room after each step (a share of the viewport)').toBeGreaterThan(0.5);
	expect(look.border, 'a step is a bordered card').toBe('solid');
	expect(look.printMap, 'the print-only map stays hidden on screen').toBe('none');
	// The active step is still marked, by hand now.
	await expect(page.locator(`#${list[0]?.id}`)).toHaveClass(/\bactive\b/);
});

test('a story opened from the index page is the whole prerendered page, every step in it', async ({
	page
}) => {
	// The reader's steps exist only as the server's HTML, so a link must load the page itself: a
	// view rendered in the browser would have no steps (app.html: data-sveltekit-reload).
	const slug = await discoverStory(page);
	await page.goto('/');
	const link = page.locator(`main a[href$="${slug}/"]`).first();
	const [request] = await Promise.all([
		page.waitForRequest((r) => r.isNavigationRequest() && r.url().endsWith(`/${slug}/`)),
		link.click()
	]);
	expect(request.resourceType()).toBe('document');
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
	await settle(page);
	const server = await (await page.request.get(`/${slug}/`)).text();
	const count = (server.match(/<article class="step/g) ?? []).length;
	expect(count, 'steps in the prerendered page').toBeGreaterThan(0);
	expect((await steps(page)).length, 'steps on screen').toBe(count);
});
