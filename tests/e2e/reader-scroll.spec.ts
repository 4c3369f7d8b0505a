/**
 * F1 / S1: scrolling through the story, slowly and fast. Every step is reached in order, the map
 * applies the scene for the active step, and a wheel flood or a Home jump ends in exactly the
 * state a fresh load of that step's deep link shows.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	budget,
	expectSameView,
	expectViewInRegion,
	freshMapState,
	mapState,
	scrollStepTo,
	settle,
	stableMapState,
	storyRegion,
	type StepRef,
	nth,
	openFirstStory
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

test('scrolling through every step activates it and applies its scene inside the region', async ({
	page,
	request
}) => {
	const { slug, all } = await openFirstStory(page);
	test.setTimeout(budget(all.length));
	const region = await storyRegion(request, slug);
	for (const step of all) {
		await scrollStepTo(page, step.index);
		const s = await settle(page, {
			expected: step.index,
			message: `step ${step.index} (#${step.id})`
		});
		expect(s.active, `#${step.id}: data-active-step`).toBe(step.index);
		expect(s.scene, `#${step.id}: data-scene-step`).toBe(step.index);
		const state = await mapState(page);
		expectViewInRegion(state, region, `step ${step.index} (#${step.id})`);
	}
});

/** After a fast scroll: the settled state is the geometric step's, and equals a fresh deep link. */
async function expectSameAsFreshLoad(page: Page, slug: string, all: StepRef[], label: string) {
	const s = await settle(page, { message: label, timeout: 20_000 });
	expect(s.active, `${label}: data-active-step is the geometric step`).toBe(s.geometric);
	const here = await stableMapState(page, label);
	const step = nth(all, s.active);
	const fresh = await freshMapState(page, slug, step.id);
	expect(fresh.active, `${label}: a fresh load of #${step.id} is on step ${s.active}`).toBe(
		s.active
	);
	expectSameView(here, fresh, `${label}: the map equals a fresh load of /${slug}/#${step.id}`);
}

test('a wheel flood down and a Home jump back end in the state of a fresh deep link', async ({
	page
}) => {
	const { slug, all } = await openFirstStory(page);
	test.setTimeout(budget(all.length, 500));

	const box = page.viewportSize();
	// Over the steps column (left on desktop, below the map on phones), not over a control.
	await page.mouse.move((box?.width ?? 800) * 0.25, (box?.height ?? 800) * 0.8);
	const startY = await page.evaluate(() => scrollY);
	for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 4000);
	await expect
		.poll(() => page.evaluate(() => scrollY), { message: 'the wheel flood scrolls the page' })
		.toBeGreaterThan(startY);
	await expectSameAsFreshLoad(page, slug, all, 'after 30 × wheel(0, 4000)');

	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('Home');
	await expect
		.poll(() => page.evaluate(() => scrollY), { message: 'Home goes back to the top' })
		.toBe(0);
	await expectSameAsFreshLoad(page, slug, all, 'after Home');
	expect((await settle(page)).active, 'at the top the first step is active').toBe(0);
});
