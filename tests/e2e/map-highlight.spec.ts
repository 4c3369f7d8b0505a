/**
 * A highlighted place is drawn once (issue 15): at "The Crisis Has Matured" Viborg is highlighted
 * and Latukka's flat lies a kilometre from it, a few pixels at that zoom; its pin used to show as
 * a second ring just below Viborg's dot. Now exactly one pin shows at the highlighted place, and
 * the dot is centred on the place itself.
 */
import { expect, test } from '@playwright/test';
import { discoverStory, openStory } from './helpers';

test.use({ reducedMotion: 'reduce' });

for (const step of ['crisis-has-matured', 'resignation', 'razliv']) {
	test(`the highlighted place at ${step} is drawn once, centred on its point`, async ({ page }) => {
		const slug = await discoverStory(page);
		await openStory(page, slug, step);
		const seen = await page.evaluate(() => {
			const highlighted = Array.from(
				document.querySelectorAll('.map .lantern-marker.is-highlighted')
			);
			const visible = (el: Element) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && getComputedStyle(el).visibility !== 'hidden';
			};
			const centre = (el: Element) => {
				const r = el.getBoundingClientRect();
				return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
			};
			const marker = highlighted[0];
			const pin = marker?.querySelector('.pin');
			if (!marker || !pin) return { count: highlighted.length, near: -1, offset: Infinity };
			const c = centre(pin);
			// The icon is a 0×0 box anchored at the place's point.
			const anchor = marker.getBoundingClientRect();
			const near = Array.from(document.querySelectorAll('.map .lantern-marker .pin'))
				.filter(visible)
				.filter((p) => {
					const q = centre(p);
					return Math.hypot(q.x - c.x, q.y - c.y) < 16;
				}).length;
			return {
				count: highlighted.length,
				near,
				offset: Math.hypot(c.x - anchor.left, c.y - anchor.top)
			};
		});
		expect(seen.count, 'one highlighted marker').toBe(1);
		expect(seen.near, 'visible pins within 16 px of the highlighted one').toBe(1);
		expect(seen.offset, 'the dot is centred on the place (px)').toBeLessThanOrEqual(1.5);
	});
}
