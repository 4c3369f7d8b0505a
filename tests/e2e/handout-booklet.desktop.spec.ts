/**
 * The handout prints like a booklet (#18): steps flow on, a page break only before a chapter; a
 * step's date line, title, map and first paragraph are never parted; the cover holds the title,
 * the summary, the cover picture and the chapters; without the notes the documentary fits in about
 * twenty A4 pages. Read from the PDF Chromium prints, since only it knows where the pages break.
 */
import { test, type Page } from '@playwright/test';
import { expect, storyInfo } from './deck-helpers';
import { pdfPages } from './pdf-pages';

test.describe.configure({ timeout: 240_000 });

/** Case folded too: the date lines are set in capitals by CSS, which the PDF's text keeps. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Prints the handout, notes left out or not, once every map has loaded. */
async function printHandout(page: Page, notes: boolean): Promise<string[][]> {
	const info = await storyInfo(page);
	await page.goto(`/${info.slug}/print/`);
	if (!notes) await page.getByRole('checkbox', { name: /notes/i }).uncheck();
	await expect
		.poll(
			() =>
				page.$$eval('article.step img', (imgs) =>
					imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)
				),
			{
				timeout: 60_000
			}
		)
		.toBe(true);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	await test.info().attach(`handout${notes ? '' : '-no-notes'}.pdf`, {
		body: pdf,
		contentType: 'application/pdf'
	});
	return (await pdfPages(pdf)).map((lines) => lines.map(squash));
}

/** The page (0-based) whose text holds `needle` first, searching lines from `from` on. */
function pageOf(pages: string[][], needle: string, from = 0): number {
	const n = squash(needle).slice(0, 40);
	for (let p = from; p < pages.length; p++)
		if (pages[p]!.join(' ').includes(n) || pages[p]!.some((l) => l.includes(n))) return p;
	return -1;
}

interface StepText {
	id: string;
	date: string;
	heading: string;
	first: string;
	chapterStart: boolean;
}

test('without the notes the documentary prints in about twenty pages, a step never parted from its date, title and map', async ({
	page
}) => {
	const pages = await printHandout(page, false);
	const steps: StepText[] = await page.$$eval('article.step', (els) =>
		els.map((el) => ({
			id: el.id,
			date: el.querySelector('.kicker')?.textContent ?? '',
			heading: el.querySelector('h3')?.textContent ?? '',
			first: el.querySelector('.prose p')?.textContent?.split(/\s+/).slice(0, 6).join(' ') ?? '',
			chapterStart: el.previousElementSibling?.tagName === 'H2'
		}))
	);
	test.info().annotations.push({ type: 'pages', description: String(pages.length) });
	expect(pages.length, 'A4 pages without the notes').toBeLessThanOrEqual(24);
	expect(pages.length, 'still a page per few steps, not a squeeze').toBeGreaterThanOrEqual(10);

	let from = 0;
	let breaksInChapter = 0;
	for (const s of steps) {
		// The title's (first) line starts with the step's number: "14. the democratic conf". A long
		// title wraps in a column, so only its start is looked for.
		const title = squash(s.heading).slice(0, 14);
		const at = pages.findIndex((lines, p) => p >= from && lines.some((l) => l.startsWith(title)));
		expect(at, `#${s.id}: its title is printed`).toBeGreaterThanOrEqual(0);
		// The date line (it may wrap) starts on the title's page, within a few lines above it.
		const lines = pages[at]!;
		const titleLine = lines.findIndex((l) => l.startsWith(title));
		if (s.date.trim()) {
			// Compared without spaces: the page's spans and the PDF's runs space a date differently.
			const bare = (t: string) => t.replace(/\s+/g, '');
			const dateKey = bare(squash(s.date)).slice(0, 12);
			const dateLine = lines.findLastIndex((l, i) => i < titleLine && bare(l).includes(dateKey));
			expect(dateLine, `#${s.id}: its date line is on its title's page`).toBeGreaterThanOrEqual(0);
			expect(titleLine - dateLine, `#${s.id}: its date line is just above its title`).toBeLessThan(
				6
			);
		}
		if (s.first) {
			expect(
				pageOf(pages, s.first, at),
				`#${s.id}: its first paragraph starts on the title's page`
			).toBe(at);
		}
		if (!s.chapterStart && at > from) breaksInChapter++;
		from = at;
	}
	// Steps flow on: most steps inside a chapter share their page with the one before.
	expect(breaksInChapter, 'page breaks between steps of one chapter').toBeLessThan(
		steps.length * 0.6
	);
	// No page ends on a date line.
	const dates = new Set(steps.map((s) => squash(s.date)).filter(Boolean));
	for (const [i, lines] of pages.entries()) {
		const last = lines.at(-1) ?? '';
		expect(
			[...dates].some((d) => d.startsWith(last) && last.length > 8),
			`page ${i + 1} ends on a date line: ${last}`
		).toBe(false);
	}
});

test('the handout opens on a cover: title, summary, the cover picture and the chapters', async ({
	page
}) => {
	const pages = await printHandout(page, true);
	const cover = pages[0]!.join(' ');
	const title = await page.locator('h1').textContent();
	expect(cover).toContain(squash(title ?? ''));
	const chapters = await page.$$eval('.chapter > h2', (hs) =>
		hs.map((h) => h.lastChild?.textContent?.trim() ?? '')
	);
	expect(chapters.length).toBeGreaterThan(2);
	for (const c of chapters)
		expect(cover, `the cover lists chapter ${c}`).toContain(squash(c).slice(0, 30));
	// The cover picture is the opening scene, on the cover page.
	const img = page.locator('.cover img');
	await expect(img).toHaveAttribute('src', /scene\/[^/]+\.svg$/);
	await page.emulateMedia({ media: 'print' });
	const box = await img.boundingBox();
	expect(box?.height ?? 0, 'the cover picture has room').toBeGreaterThan(200);
	// The first step starts after the cover.
	const firstHeading = await page.locator('article.step h3').first().textContent();
	expect(pageOf(pages, squash(firstHeading ?? '').replace(/^\d+\.\s*/, ''))).toBeGreaterThan(0);
});
