/**
 * Never an empty map (#15, "Done when"): at every scene at zoom 12 or closer, in every story, on
 * a desktop and on a phone, at least six names can be read in the map panel, and at least four of
 * them are the city plan's (a street, a bridge, a district, a station…). A name counts when the
 * reader can see all of it: inside the part of the map on screen, not under the map's caption or
 * furniture, and clear of every other name. Motion is reduced so that each scene jumps into place.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { budget } from './helpers';
import { boxesOverlap, cornersOf, seenBoxes, type SeenBox } from './map-boxes';
import { frameOf, walkCloseScenes, type Rect } from './map-ink';

test.use({ reducedMotion: 'reduce' });

const MIN_NAMES = 6;
const MIN_PLAN_NAMES = 4;

/** The story's city plans: the layers whose label calls them a plan (story.md's front matter). */
function planLayers(slug: string): Set<string> {
	const source = readFileSync(`stories/${slug}/story.md`, 'utf8');
	const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
	const { layers = {} } = parseYaml(front) as { layers?: Record<string, { label?: string }> };
	return new Set(
		Object.entries(layers)
			.filter(([, l]) => /\bplan\b/i.test(l.label ?? ''))
			.map(([id]) => id)
	);
}

/** The names a reader can read in full: on screen, uncovered, touching no other name. */
function readable(boxes: SeenBox[], view: Rect, covers: Rect[]): SeenBox[] {
	const asBox = (r: Rect): SeenBox => ({
		name: '',
		of: 'feature',
		cx: (r.left + r.right) / 2,
		cy: (r.top + r.bottom) / 2,
		w: r.right - r.left,
		h: r.bottom - r.top,
		angle: 0
	});
	const coverBoxes = covers.map(asBox);
	return boxes.filter(
		(b, i) =>
			cornersOf(b).every(
				([x, y]) =>
					x >= view.left - 1 && x <= view.right + 1 && y >= view.top - 1 && y <= view.bottom + 1
			) &&
			!coverBoxes.some((c) => boxesOverlap(b, c)) &&
			!boxes.some((o, j) => j !== i && boxesOverlap(b, o))
	);
}

test('every close scene names at least six features, four of them from the city plan', async ({
	page
}, info) => {
	test.setTimeout(budget(80, 2_000));
	const failures: string[] = [];
	const seen: string[] = [];
	await walkCloseScenes(page, async ({ slug, step, zoom }) => {
		const plans = planLayers(slug);
		const { view, covers } = await frameOf(page);
		const names = readable(await page.locator('.map').evaluate(seenBoxes), view, covers);
		const plan = names.filter((n) => n.of === 'feature' && plans.has(n.layer ?? ''));
		const line = `${slug} #${step.id} (zoom ${zoom}): ${names.length} names, ${plan.length} from the plan`;
		seen.push(`${line}: ${names.map((n) => n.name).join(' · ')}`);
		if (names.length < MIN_NAMES || plan.length < MIN_PLAN_NAMES) failures.push(line);
	});
	info.annotations.push({ type: 'close scenes', description: seen.join('\n') });
	expect(seen.length, 'the walk found close scenes').toBeGreaterThan(5);
	expect(failures, `close scenes with too few names in view:\n${seen.join('\n')}`).toEqual([]);
});
