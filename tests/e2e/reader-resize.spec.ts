/**
 * F3 / S3: resizing and turning the device re-derive the active step from the new layout, the map
 * follows, nothing overflows sideways and the sticky map still fits the viewport.
 */
import { expect, test } from '@playwright/test';
import {
	discoverStory,
	middle,
	openStory,
	scrollStepTo,
	settle,
	steps,
	stickyMapRect
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
	{ width: 844, height: 390 },
	{ width: 1280, height: 800 }
];

test('at a middle step, resizing 1280x800 → 390x844 → 844x390 → 1280x800 keeps step and map consistent', async ({
	page
}) => {
	const slug = await discoverStory(page);
	await openStory(page, slug);
	const all = await steps(page);
	const k = middle(all.length);
	await scrollStepTo(page, k);
	await settle(page, { expected: k });

	for (const size of SIZES) {
		const label = `${size.width}x${size.height}`;
		await page.setViewportSize(size);
		await expect
			.poll(() => page.evaluate(() => [innerWidth, innerHeight]), {
				message: `${label}: the viewport is resized`
			})
			.toEqual([size.width, size.height]);
		const s = await settle(page, { message: label });
		expect(s.active, `${label}: data-active-step is the geometric step`).toBe(s.geometric);
		expect(s.scene, `${label}: data-scene-step matches data-active-step`).toBe(s.active);
		const widths = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth
		}));
		expect(
			widths.scrollWidth,
			`${label}: no horizontal overflow (scrollWidth ${widths.scrollWidth}, innerWidth ${widths.innerWidth})`
		).toBeLessThanOrEqual(widths.innerWidth + 1);
		const map = await stickyMapRect(page);
		expect(map, `${label}: the map has a sticky container`).not.toBeNull();
		expect(
			map?.height,
			`${label}: the sticky map (${map?.height}px high) fits the viewport (${s.innerHeight}px)`
		).toBeLessThanOrEqual(s.innerHeight + 1);
	}
});
