/**
 * The keyboard and the map never get in the reader's way: j/k and the arrows move a step, buttons
 * keep their own keys, every focused control shows a focus ring and is not hidden under the map
 * (WCAG 2.4.7, 2.4.11), and the wheel over the map scrolls the page (A15).
 */
import { expect, test, type Page } from '@playwright/test';
import {
	discoverStory,
	mapState,
	middle,
	openStory,
	scrollStepTo,
	settle,
	snapshot,
	stickyMapRect,
	openFirstStory
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

async function blur(page: Page) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
	await expect
		.poll(() =>
			page.evaluate(
				() => document.activeElement === document.body || document.activeElement === null
			)
		)
		.toBe(true);
}

test('j / k and ArrowRight / ArrowLeft move one step', async ({ page }) => {
	const { all } = await openFirstStory(page);
	expect(all.length, 'keys need at least two steps').toBeGreaterThanOrEqual(2);
	// Start one step before the middle so that there is a step after it and one before.
	const k0 = Math.max(0, Math.min(all.length - 2, middle(all.length) - 1));
	if (k0 > 0) {
		await scrollStepTo(page, k0);
		await settle(page, { expected: k0 });
	}
	await blur(page);

	await page.keyboard.press('j');
	await settle(page, { expected: k0 + 1, message: 'after j' });
	await page.keyboard.press('k');
	await settle(page, { expected: k0, message: 'after k' });

	await blur(page);
	await page.keyboard.press('ArrowRight');
	await settle(page, { expected: k0 + 1, message: 'after ArrowRight' });
	await page.keyboard.press('ArrowLeft');
	await settle(page, { expected: k0, message: 'after ArrowLeft' });
});

test('keys on the "Reduce motion" button stay with the button: Space toggles it, j does not jump', async ({
	page
}) => {
	const slug = await discoverStory(page);
	await openStory(page, slug);
	const button = page.getByRole('button', { name: 'Reduce motion' });
	await expect(button).toHaveAttribute('aria-pressed', /^(true|false)$/);
	const pressed = await button.getAttribute('aria-pressed');
	await button.focus();
	await expect(button).toBeFocused();
	const before = await snapshot(page);

	await page.keyboard.press('j');
	await page.keyboard.press('ArrowRight');
	// Give a (wrong) smooth scroll the time to start before looking.
	await page.waitForTimeout(300);
	let s = await settle(page);
	expect(s.active, 'j / ArrowRight on the button: the step does not change').toBe(before.active);
	expect(s.scrollY, 'j / ArrowRight on the button: the page does not scroll').toBe(before.scrollY);

	await page.keyboard.press('Space');
	await expect(button, 'Space on the button toggles aria-pressed').toHaveAttribute(
		'aria-pressed',
		pressed === 'true' ? 'false' : 'true'
	);
	await page.waitForTimeout(300);
	s = await settle(page);
	expect(s.active, 'Space on the button: the step does not change').toBe(before.active);
	expect(s.scrollY, 'Space on the button: the page does not scroll').toBe(before.scrollY);
	await expect(button).toBeFocused();
	await page.keyboard.press('Space');
	await expect(button, 'Space again toggles it back').toHaveAttribute(
		'aria-pressed',
		pressed as string
	);
});

test('Tab: every focused element shows a focus indicator and is not hidden under the map', async ({
	page,
	isMobile
}) => {
	const { all } = await openFirstStory(page);
	await blur(page);
	const seen: string[] = [];
	const problems: string[] = [];
	const limit = 40 + all.length * 8;
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const f = await page.evaluate(
			() =>
				new Promise<{
					desc: string;
					body: boolean;
					indicator: boolean;
					style: string;
					rect: {
						left: number;
						top: number;
						right: number;
						bottom: number;
						width: number;
						height: number;
					};
					inMap: boolean;
					inPanel: boolean;
				}>((resolve) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() => {
							const el = document.activeElement as HTMLElement | null;
							if (!el || el === document.body || el === document.documentElement) {
								resolve({
									desc: 'body',
									body: true,
									indicator: true,
									style: '',
									rect: { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 },
									inMap: false,
									inPanel: false
								});
								return;
							}
							const cs = getComputedStyle(el);
							const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
							const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
							const r = el.getBoundingClientRect();
							const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
							resolve({
								desc: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${text}"`,
								body: false,
								indicator: outline || shadow,
								style: `outline: ${cs.outlineStyle} ${cs.outlineWidth}; box-shadow: ${cs.boxShadow}`,
								rect: {
									left: r.left,
									top: r.top,
									right: r.right,
									bottom: r.bottom,
									width: r.width,
									height: r.height
								},
								inMap: !!el.closest('.map'),
								// The map panel's own caption (folded below the map on a phone) rides
								// with the map: it is on the panel, not hidden under it.
								inPanel: !!el.closest('.map-panel')
							});
						})
					)
				)
		);
		if (f.body) {
			if (seen.length) break; // wrapped around the page
			continue;
		}
		if (seen.includes(f.desc) && seen[0] === f.desc) break;
		seen.push(f.desc);
		if (!f.indicator) problems.push(`${f.desc}: no visible focus indicator (${f.style})`);
		if (f.inMap) problems.push(`${f.desc}: focus landed inside the decorative map`);
		const map = await stickyMapRect(page);
		if (map && !f.inMap && !f.inPanel) {
			const overlapX = Math.min(map.right, f.rect.right) - Math.max(map.left, f.rect.left);
			const overlapY = Math.min(map.bottom, f.rect.bottom) - Math.max(map.top, f.rect.top);
			const where = `${JSON.stringify(f.rect)} vs map ${JSON.stringify(map)}`;
			// Desktop: the map has its own column, nothing focused may touch it. Phones: the map sits
			// over the top of the text; a focused element must not be entirely hidden (WCAG 2.4.11).
			if (!isMobile && overlapX > 0 && overlapY > 0)
				problems.push(`${f.desc}: sits under the map (${where})`);
			if (
				isMobile &&
				overlapX >= f.rect.width - 1 &&
				overlapY >= f.rect.height - 1 &&
				f.rect.height > 0
			)
				problems.push(`${f.desc}: entirely hidden under the map (${where})`);
		}
	}
	expect(seen.length, 'Tab reaches some focusable elements').toBeGreaterThan(0);
	expect(problems, `focus problems while tabbing through ${seen.length} elements`).toEqual([]);
});

test('the wheel over the map scrolls the page and does not zoom the map', async ({ page }) => {
	const { all } = await openFirstStory(page);
	const k = middle(all.length);
	await scrollStepTo(page, k);
	const before = await settle(page, { expected: k });
	const zoom = (await mapState(page)).zoom;
	expect(zoom, 'data-map-zoom is set').toBeTruthy();

	const box = await page.locator('.map').boundingBox();
	expect(box, 'the map is on screen').not.toBeNull();
	const vp = page.viewportSize() ?? { width: 800, height: 800 };
	const x = (box as { x: number; width: number }).x + (box as { width: number }).width / 2;
	const top = Math.max(0, (box as { y: number }).y);
	const bottom = Math.min(
		vp.height,
		(box as { y: number; height: number }).y + (box as { height: number }).height
	);
	await page.mouse.move(x, (top + bottom) / 2);
	// Less than the distance to the next trigger, so the step (and its zoom) stays the same.
	await page.mouse.wheel(0, 150);
	await expect
		.poll(() => page.evaluate(() => Math.round(scrollY)), {
			message: 'the wheel over the map scrolls the page'
		})
		.toBeGreaterThan(before.scrollY);
	const after = await settle(page);
	expect(after.active, 'the step is unchanged by a short wheel').toBe(k);
	expect((await mapState(page)).zoom, 'data-map-zoom is unchanged by the wheel').toBe(zoom);
});
