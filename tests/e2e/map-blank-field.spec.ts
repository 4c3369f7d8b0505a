/**
 * No blank field remains (#15, "Done when"): at every scene at zoom 12 or closer, in every story,
 * the map panel's part on screen, cut into a grid (4 × 4 on a desktop, 3 × 4 on a phone), carries
 * ink in every cell: water, a street, a built-up tint, a park, a railway or a name (map-ink.ts says
 * how a cell is measured). A close scene with a bare corner reads as a map that ran out.
 */
import { expect, test } from '@playwright/test';
import { budget } from './helpers';
import { inkGrid, inkMap, walkCloseScenes } from './map-ink';

test.use({ reducedMotion: 'reduce' });

/**
 * The least detail a cell may carry: 1 % of its pixels on an edge, about one lane crossing it or
 * one name in it. Bare land measures 0, and so does a flat tint: a built-up area without a street
 * is a blank field in grey. Open water needs no more (half the cell or more is water).
 */
const MIN_DETAIL = 0.01;
const OPEN_WATER = 0.5;
/** For work on one plan: LANTERN_BLANK_ONLY=slug#step,… walks those scenes only. */
const only = process.env.LANTERN_BLANK_ONLY?.split(',');

test('every close scene carries ink in every cell of the map panel', async ({ page }, info) => {
	const phone = (page.viewportSize()?.width ?? 1280) < 600;
	const [cols, rows] = phone ? [3, 4] : [4, 4];
	test.setTimeout(budget(80, 2_000));
	const failures: string[] = [];
	const seen: string[] = [];
	const visited = await walkCloseScenes(
		page,
		async ({ slug, step, zoom }) => {
			const cells = await inkGrid(page, cols, rows);
			const blank = cells.filter(
				(c) => c.detail !== null && c.detail < MIN_DETAIL && (c.water ?? 0) < OPEN_WATER
			);
			seen.push(`${slug} #${step.id} (zoom ${zoom}), detail/water in ‰:\n${inkMap(cells, cols)}`);
			if (!blank.length) return;
			const where = blank.map((c) => `col ${c.col + 1} row ${c.row + 1} (${c.at.join(', ')})`);
			failures.push(`${slug} #${step.id}: blank ${where.join(', ')}`);
			await page.screenshot({ path: info.outputPath(`${slug}-${step.id}.png`) });
		},
		only
	);
	info.annotations.push({ type: 'close scenes', description: seen.join('\n') });
	if (!only) expect(visited, 'the walk found close scenes').toBeGreaterThan(5);
	expect(failures, `close scenes with a blank cell:\n${seen.join('\n')}`).toEqual([]);
});
