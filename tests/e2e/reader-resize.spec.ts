/**
 * F3 / S3: resizing and turning the device re-derive the active step from the new layout, the map
 * follows, nothing overflows sideways and the sticky map still fits the viewport.
 */
import { expect, test } from '@playwright/test';
import { middle, scrollStepTo, settle, stickyMapRect, openFirstStory } from './helpers';

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
	const { all } = await openFirstStory(page);
	const k = middle(all.length);
	await scrollStepTo(page, k);
	await settle(page, { expected: k });

	for (const size of SIZES) {
		const label = `${size.width}x${size.height}`;
		await page.setViewportSize(size);
		// The layout viewport. (On a mobile device innerWidth grows past it when the page is
		// wider than the screen, because Chrome zooms out to fit: that is checked below.)
		await expect
			.poll(() => page.evaluate(() => [document.documentElement.clientWidth, innerHeight > 0]), {
				message: `${label}: the viewport is resized`
			})
			.toEqual([size.width, true]);
		const s = await settle(page, { message: label });
		expect(s.active, `${label}: data-active-step is the geometric step`).toBe(s.geometric);
		expect(s.scene, `${label}: data-scene-step matches data-active-step`).toBe(s.active);
		const widths = await page.evaluate((width) => {
			// The outermost elements that stick out on the right, for the message.
			const out = Array.from(document.querySelectorAll('body *'))
				.filter((el) => {
					if (el.closest('.leaflet-container')) return false; // clipped by the map
					const right = el.getBoundingClientRect().right + scrollX;
					const parent = el.parentElement?.getBoundingClientRect();
					return right > width + 1 && (!parent || parent.right + scrollX <= width + 1);
				})
				.slice(0, 5)
				.map((el) => {
					const where = el.closest('[id]')?.id;
					const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
					return `${el.tagName.toLowerCase()}${el.classList.length ? '.' + Array.from(el.classList).join('.') : ''}${where ? ` in #${where}` : ''} "${text}" (right edge ${Math.round(el.getBoundingClientRect().right + scrollX)}px)`;
				});
			return { scrollWidth: document.documentElement.scrollWidth, innerWidth, out };
		}, size.width);
		expect(
			widths.scrollWidth,
			`${label}: no horizontal overflow (scrollWidth ${widths.scrollWidth}, viewport ${size.width}, innerWidth ${widths.innerWidth}); sticking out: ${widths.out.join('; ') || 'nothing found'}`
		).toBeLessThanOrEqual(size.width + 1);
		const map = await stickyMapRect(page);
		expect(map, `${label}: the map has a sticky container`).not.toBeNull();
		expect(
			map?.height,
			`${label}: the sticky map (${map?.height}px high) fits the viewport (${size.height}px, innerHeight ${s.innerHeight}px)`
		).toBeLessThanOrEqual(Math.min(size.height, s.innerHeight) + 1);
	}
});
