/**
 * The map's place names, at every step, on a phone and on a desktop: each name that is shown
 * lies inside the map's frame (a pin near the edge has its name on its other side) and clear of
 * every other shown name, and no name shows for a pin off the frame. The same for the names of
 * the map's features (streets and rivers turned along their lines), checked as turned boxes. Motion is reduced so that each scene jumps into place.
 */
import { expect, test } from '@playwright/test';
import { discoverStory, openStory, scrollStepTo, settle, steps } from './helpers';
import { boxesOverlap, cornersOf, seenBoxes } from './map-boxes';

test.use({ reducedMotion: 'reduce' });

test('every shown place name lies inside the map and clear of the others, at every step', async ({
	page
}) => {
	test.setTimeout(120_000);
	const slug = await discoverStory(page);
	await openStory(page, slug);
	const problems: string[] = [];
	let flipped = 0;
	let featureNames = 0;
	for (const step of await steps(page)) {
		await scrollStepTo(page, step.index);
		await settle(page, { expected: step.index, message: `step ${step.id}` });
		const found = await page.evaluate(() => {
			const map = document.querySelector('.map')?.getBoundingClientRect();
			if (!map) return { problems: ['no map'], flipped: 0 };
			const offFrame: string[] = [];
			const shown = Array.from(
				document.querySelectorAll<HTMLElement>('.map .lantern-marker:not(.label-hidden)')
			)
				.map((m) => {
					const pin = m.querySelector('.pin')?.getBoundingClientRect();
					const label = m.querySelector('.label')?.getBoundingClientRect();
					const name = m.querySelector('.name')?.textContent ?? '?';
					return { name, pin, label, left: m.classList.contains('label-left') };
				})
				.filter(({ name, pin, label }) => {
					// A place just off the scene's view shows no name: not even part of one.
					const off =
						pin &&
						label &&
						(pin.left + pin.width / 2 < map.left || pin.left + pin.width / 2 > map.right) &&
						label.right > map.left &&
						label.left < map.right &&
						label.width > 0;
					if (off) offFrame.push(name);
					return !off;
				})
				.filter(
					({ pin }) =>
						pin &&
						pin.left + pin.width / 2 >= map.left &&
						pin.left + pin.width / 2 <= map.right &&
						pin.top + pin.height / 2 >= map.top &&
						pin.top + pin.height / 2 <= map.bottom
				);
			const out: string[] = offFrame.map((n) => `"${n}" is named on the map, its pin off it`);
			for (const s of shown) {
				if (!s.label) continue;
				if (s.label.left < map.left - 1 || s.label.right > map.right + 1)
					out.push(
						`"${s.name}" runs out of the map (${Math.round(s.label.left)}–${Math.round(s.label.right)} in ${Math.round(map.left)}–${Math.round(map.right)})`
					);
			}
			shown.forEach((a, i) =>
				shown.slice(i + 1).forEach((b) => {
					const [p, q] = [a.label, b.label];
					if (
						p &&
						q &&
						p.left < q.right &&
						p.right > q.left &&
						p.top < q.bottom &&
						p.bottom > q.top
					)
						out.push(`"${a.name}" and "${b.name}" overlap`);
				})
			);
			return { problems: out, flipped: shown.filter((s) => s.left).length };
		});
		problems.push(...found.problems.map((p) => `step ${step.id}: ${p}`));
		flipped += found.flipped;
		// The features' names (streets, rivers, islands; turned along their lines) and the
		// markers' names together: each inside the map, none touching another.
		const map = page.locator('.map');
		const frame = await map.boundingBox();
		const boxes = await map.evaluate(seenBoxes);
		if (!frame) throw new Error('no map box');
		for (const b of boxes.filter((x) => x.of === 'feature')) {
			featureNames++;
			const out = cornersOf(b).some(
				([x, y]) =>
					x < frame.x - 1 ||
					x > frame.x + frame.width + 1 ||
					y < frame.y - 1 ||
					y > frame.y + frame.height + 1
			);
			if (out) problems.push(`step ${step.id}: the name "${b.name}" runs out of the map`);
		}
		boxes.forEach((a, i) =>
			boxes.slice(i + 1).forEach((b) => {
				if ((a.of === 'feature' || b.of === 'feature') && boxesOverlap(a, b))
					problems.push(`step ${step.id}: the names "${a.name}" and "${b.name}" overlap`);
			})
		);
	}
	expect(problems).toEqual([]);
	// The walk saw the plan's names at all: a renderer that drew none would pass the rest.
	expect(featureNames, 'feature names shown over the whole story').toBeGreaterThan(20);
	test
		.info()
		.annotations.push({ type: 'labels on the left of their pins', description: `${flipped}` });
});
