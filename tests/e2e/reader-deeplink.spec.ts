/**
 * F2 / S2: deep links and reloads mid-story land on the named step, render its scene once, and
 * the URL follows the reader without flooding the history.
 */
import { expect, test } from '@playwright/test';
import {
	budget,
	expectSameView,
	mapState,
	middle,
	scrollStepTo,
	settle,
	stableMapState,
	stickyMapRect,
	nth,
	openFirstStory
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

test('a deep link to a middle step opens on that step, with its heading in view and clear of the map', async ({
	page
}) => {
	const { slug, all } = await openFirstStory(page);
	const m = middle(all.length);
	const target = nth(all, m);

	await page.goto(`/${slug}/#${target.id}`);
	const s = await settle(page, { expected: m, message: `deep link #${target.id}` });
	expect(s.active, `deep link #${target.id}: data-active-step`).toBe(m);
	expect(s.scene, `deep link #${target.id}: data-scene-step`).toBe(m);
	const state = await mapState(page);
	expect(state.center, 'the scene is applied: data-map-center').toBeTruthy();

	const article = page.locator(`article.step[data-step="${m}"]`);
	const heading = article.locator('h2').first();
	await expect(heading, `the heading of #${target.id} is in the viewport`).toBeInViewport();

	const geometry = await article.evaluate((el) => {
		const h = el.querySelector('h2') as HTMLElement;
		const hr = h.getBoundingClientRect();
		const ar = el.getBoundingClientRect();
		const x = hr.left + Math.min(hr.width / 2, 40);
		const y = hr.top + hr.height / 2;
		const hit = document.elementFromPoint(x, y);
		return {
			article: { top: ar.top, bottom: ar.bottom },
			heading: { top: hr.top, bottom: hr.bottom, left: hr.left, right: hr.right },
			hitInsideHeading: !!hit && h.contains(hit),
			hit: hit ? `${hit.tagName.toLowerCase()}.${(hit as HTMLElement).className}` : 'nothing'
		};
	});
	expect(
		geometry.hitInsideHeading,
		`the heading's own text is what sits at its centre (elementFromPoint gave ${geometry.hit})`
	).toBe(true);
	const map = await stickyMapRect(page);
	expect(map, 'the map has a sticky container').not.toBeNull();
	if (map && map.left < geometry.heading.right && map.right > geometry.heading.left) {
		// The map is above the text (phones): the step's top must be below the map's bottom.
		expect(
			geometry.article.top,
			`the top of #${target.id} (${geometry.article.top}px) is below the map's bottom (${map.bottom}px)`
		).toBeGreaterThanOrEqual(map.bottom - 1);
	}
});

test('a reload mid-story comes back to the same step and the same map view', async ({ page }) => {
	const { all } = await openFirstStory(page);
	const k = middle(all.length);
	await scrollStepTo(page, k);
	await settle(page, { expected: k });
	await expect
		.poll(() => page.evaluate(() => location.hash), { message: 'the URL hash names the step' })
		.toBe(`#${nth(all, k).id}`);
	const before = await stableMapState(page, 'before reload');

	await page.reload();
	const s = await settle(page, { message: 'after reload' });
	expect(s.active, `after reloading at #${nth(all, k).id}: data-active-step`).toBe(k);
	const after = await stableMapState(page, 'after reload');
	expect(after.step, 'after reload: data-scene-step').toBe(before.step);
	expectSameView(after, before, `after reloading at #${nth(all, k).id}: the same map view`);
});

test('the URL hash follows the active step, and history does not grow while scrolling', async ({
	page
}) => {
	const { all } = await openFirstStory(page);
	test.setTimeout(budget(5, 4_000));
	// Five step changes: forward through the story, bouncing back if it has fewer steps.
	const path: number[] = [];
	for (let i = 1; path.length < 5; i++) {
		const period = Math.max(1, 2 * (all.length - 1));
		const p = i % period;
		path.push(all.length === 1 ? 0 : p < all.length ? p : period - p);
	}
	const historyBefore = await page.evaluate(() => history.length);
	for (const k of path) {
		await scrollStepTo(page, k);
		await settle(page, { expected: k });
		await expect
			.poll(() => page.evaluate(() => location.hash), { message: `the URL hash names step ${k}` })
			.toBe(`#${nth(all, k).id}`);
	}
	expect(
		await page.evaluate(() => history.length),
		'history.length after scrolling through 5 steps'
	).toBe(historyBefore);
});
