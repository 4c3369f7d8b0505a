/**
 * R1: with JavaScript off the reader is a complete handout: every step's heading, text and date
 * are in the HTML and visible, and every citation points at its entry in the source list.
 */
import { expect, test } from '@playwright/test';
import { discoverStory, storyPath, undatedSteps } from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

test.use({ javaScriptEnabled: false });

test('without JavaScript every step is readable, dated and cited', async ({ page }) => {
	const slug = await discoverStory(page);
	await page.goto(storyPath(slug));
	await expect(page.locator('html'), 'html[data-mode=read]').toHaveAttribute('data-mode', 'read');

	const undated = undatedSteps(slug);
	const articles = page.locator('article.step');
	const count = await articles.count();
	expect(count, 'the prerendered HTML has the steps').toBeGreaterThan(0);
	const problems: string[] = [];
	for (let i = 0; i < count; i++) {
		const article = articles.nth(i);
		const id = (await article.getAttribute('id')) ?? `(step ${i} without id)`;
		expect(await article.getAttribute('data-step'), `#${id}: data-step`).toBe(String(i));

		const heading = article.locator('h2, h3').first();
		if ((await heading.count()) === 0) problems.push(`#${id}: no heading`);
		else {
			if (!(await heading.isVisible())) problems.push(`#${id}: heading not visible`);
			if (!((await heading.textContent()) ?? '').trim()) problems.push(`#${id}: empty heading`);
		}

		// The step's own prose: paragraphs with text, not the date kicker and not screen-reader-only.
		const paragraphs = await article.locator('p:not(.sr-only):not(.kicker)').all();
		let visibleText = 0;
		for (const p of paragraphs) {
			const text = ((await p.textContent()) ?? '').trim();
			if (!text) continue;
			if (await p.isVisible()) visibleText++;
			else problems.push(`#${id}: paragraph not visible: "${text.slice(0, 60)}"`);
		}
		if (visibleText === 0) problems.push(`#${id}: no visible paragraph text`);

		const time = article.locator('time[datetime]').first();
		const headingText = ((await heading.textContent()) ?? '').trim();
		if (undated.ids.has(id) || undated.headings.has(headingText)) {
			// story.md gives this step no date (the field is optional): nothing to show.
		} else if ((await time.count()) === 0) problems.push(`#${id}: no time[datetime]`);
		else {
			const datetime = (await time.getAttribute('datetime')) ?? '';
			if (!/^\d{4}-\d{2}-\d{2}/.test(datetime))
				problems.push(`#${id}: time[datetime="${datetime}"] is not a date`);
			if (!(await time.isVisible())) problems.push(`#${id}: the date is not visible`);
			if (!((await time.textContent()) ?? '').trim()) problems.push(`#${id}: the date has no text`);
		}

		const style = await article.evaluate((el) => {
			const cs = getComputedStyle(el);
			return { opacity: cs.opacity, visibility: cs.visibility, display: cs.display };
		});
		if (style.opacity !== '1' || style.visibility !== 'visible' || style.display === 'none')
			problems.push(`#${id}: hidden by style ${JSON.stringify(style)}`);
	}

	const citations = await page.$$eval(
		'article.step a[href^="#source-"], article.step a.cite',
		(links) =>
			links.map((a) => {
				const href = a.getAttribute('href') ?? '';
				const target = href.startsWith('#')
					? document.getElementById(decodeURIComponent(href.slice(1)))
					: null;
				return {
					step: a.closest('article.step')?.id ?? '?',
					href,
					text: (a.textContent ?? '').trim(),
					ok: href.startsWith('#source-') && !!target
				};
			})
	);
	expect(citations.length, 'the story cites its sources').toBeGreaterThan(0);
	for (const c of citations.filter((c) => !c.ok))
		problems.push(
			`#${c.step}: citation "${c.text}" links to ${c.href || '(no href)'}, which is not an existing #source-… anchor`
		);

	expect(problems, `${count} steps without JavaScript`).toEqual([]);
});
