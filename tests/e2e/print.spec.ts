/**
 * The handout (reliability.md F7/S6/R6; the "Handout"): printing /<slug>/print/ or the
 * reader gives every step with its static map (an SVG made at build time), its text, dates and
 * citations, no sticky or fixed element, and the lecturer's notes when wanted. Runs on the
 * desktop and the phone projects alike.
 */
import { test, type Page } from '@playwright/test';
import { expect, storyInfo } from './deck-helpers';
import { drawnIn, startMap } from './helpers';

// Several browsers, maps and builds share the machine: room to finish, not to hang.
test.describe.configure({ timeout: 240_000 });

/** Rendered elements (with a box) whose computed position is sticky or fixed. */
async function pinned(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll('body *'))
			.filter((el) => el.getClientRects().length > 0)
			.filter((el) => /^(sticky|fixed)$/.test(getComputedStyle(el).position))
			.map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`)
	);
}

interface PrintedStep {
	id: string;
	heading: string;
	img: { src: string; alt: string; width: number; visible: boolean } | null;
}

/** For each article.step: its heading and its static map (inside it, or right after it). */
async function printedSteps(page: Page): Promise<PrintedStep[]> {
	return page.$$eval('article.step', (articles) =>
		articles.map((a) => {
			const img = (a.querySelector('figure img') ??
				a.parentElement?.querySelector(':scope > img.print-map')) as HTMLImageElement | null;
			const box = img?.getBoundingClientRect();
			return {
				id: a.id,
				heading: a.querySelector('h2, h3')?.textContent?.trim() ?? '',
				img: img
					? {
							src: img.currentSrc || img.src,
							alt: img.alt,
							width: img.naturalWidth,
							visible:
								!!box &&
								box.width > 50 &&
								box.height > 50 &&
								getComputedStyle(img).visibility !== 'hidden'
						}
					: null
			};
		})
	);
}

/** Printing loads the page's lazy pictures, as a real print does; the PDF must have pages. */
async function printPdf(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the handout prints every step with its static map, sources and notes, nothing pinned', async ({
	page
}) => {
	const info = await storyInfo(page);
	await page.goto(`/${info.slug}/print/`);
	await page.emulateMedia({ media: 'print' });
	expect(await pinned(page), 'no sticky or fixed element on paper').toEqual([]);
	await expect(page.getByRole('checkbox', { name: /notes/i })).toBeHidden();
	const pages = await printPdf(page);
	expect(pages, 'the handout runs to several pages').toBeGreaterThan(info.ids.length / 4);

	await expect
		.poll(async () => (await printedSteps(page)).filter((s) => !s.img?.width).map((s) => s.id), {
			message: 'every step’s static map has loaded',
			timeout: 40_000
		})
		.toEqual([]);
	const steps = await printedSteps(page);
	expect(
		steps.map((s) => s.id),
		'every step, in order'
	).toEqual(info.ids);
	for (const s of steps) {
		expect(s.heading, `#${s.id} has its heading`).not.toBe('');
		expect(s.img?.src, `#${s.id}: its static scene`).toMatch(new RegExp(`/scene/${s.id}\\.svg$`));
		expect(s.img?.alt, `#${s.id}: the map's alt text`).toMatch(/^Map: .{20,}/);
		expect(s.img?.visible, `#${s.id}: the map is visible on paper`).toBe(true);
	}
	// Dates, citations and the sources list are in the handout.
	expect(await page.locator('article.step time[datetime]').count()).toBeGreaterThan(
		info.ids.length / 2
	);
	expect(await page.locator('article.step a.cite').count()).toBeGreaterThan(info.ids.length / 2);
	await expect(page.locator('#sources li').first()).toBeVisible();
	// Notes show by default; the checkbox leaves them out, on paper too.
	const notes = page.locator('article.step .notes');
	expect(await notes.count(), 'the story has lecturer’s notes').toBeGreaterThan(0);
	await expect(notes.first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('checkbox', { name: /notes/i }).uncheck();
	await page.emulateMedia({ media: 'print' });
	await expect(notes.first()).toBeHidden();
	expect(await pinned(page)).toEqual([]);
});

test('printing the reader drops the sticky map and gives each step its static map', async ({
	page
}) => {
	const info = await storyInfo(page);
	await page.goto(`/${info.slug}/`);
	await startMap(page); // a reader who has begun to read, with the map drawn, prints
	await expect(page.locator('.map')).toHaveAttribute('data-scene-step', /\d+/);
	await page.emulateMedia({ media: 'print' });
	expect(await pinned(page), 'no sticky or fixed element on paper').toEqual([]);
	await expect(page.locator('.map')).toBeHidden();
	expect(await printPdf(page)).toBeGreaterThan(info.ids.length / 4);
	await expect
		.poll(async () => (await printedSteps(page)).filter((s) => !s.img?.width).map((s) => s.id), {
			message: 'every step’s static map has loaded for printing',
			timeout: 40_000
		})
		.toEqual([]);
	const steps = await printedSteps(page);
	expect(steps.map((s) => s.id)).toEqual(info.ids);
	for (const s of steps) {
		expect(s.img?.src, `#${s.id}: its static scene`).toMatch(new RegExp(`/scene/${s.id}\\.svg$`));
		expect(s.img?.visible, `#${s.id}: the map is visible on paper`).toBe(true);
	}
	// On screen the print maps stay out of the way (and unloaded: lazy).
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('img.print-map').first()).toBeHidden();
	await expect(page.locator('.map')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the handout is the same: every step with its static map and its notes', async ({
		page
	}) => {
		// storyInfo reads the index page: any page works without JavaScript.
		const info = await storyInfo(page);
		await page.goto(`/${info.slug}/print/`);
		await expect(page.locator('article.step')).toHaveCount(info.ids.length);
		await expect
			.poll(async () => (await printedSteps(page)).filter((s) => !s.img?.width).length, {
				timeout: 40_000
			})
			.toBe(0);
		await expect(page.locator('article.step .notes').first()).toBeVisible();
		// The notes switch is plain HTML and CSS: it works without a script.
		await page.getByRole('checkbox', { name: /notes/i }).uncheck();
		await expect(page.locator('article.step .notes').first()).toBeHidden();
	});
});

test('the handout, made to be printed, draws in the web fonts on a first visit too', async ({
	page
}) => {
	// The reader keeps its local faces on a first visit (web-fonts.ts); paper should not.
	const info = await storyInfo(page);
	await page.addInitScript(() => localStorage.removeItem('lantern:fonts'));
	await page.goto(`/${info.slug}/print/`);
	await expect(page.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 15_000 });
	expect(await drawnIn(page, 'article.step :is(h2, h3)'), 'a step heading').toEqual([
		'Literata (web)'
	]);
});
