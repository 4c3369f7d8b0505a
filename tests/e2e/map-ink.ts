/**
 * Where the map panel carries ink, for the blank-field test (#15, "no blank field remains"): the
 * panel's part on screen is photographed, cut into a grid, and each cell is given the share of its
 * pixels that are not bare land (paper). Water, a street's casing, a built-up tint, a park, a
 * railway, a name: anything the map draws differs from the land colour by more than a small
 * threshold (the shot is a PNG: no compression noise); a street's paper core alone does not.
 * Each cell also gets its share of edge pixels (a pixel unlike its right or lower neighbour: a
 * line, a shore, a letter; a flat tint has none) and of water, which is what the test judges:
 * a built-up tint with no street in it is a blank field in grey.
 *
 * Why a picture and not the SVG's geometry: a path's bounding box says nothing about where a
 * diagonal street runs or whether a polygon's hole is empty, and labels are HTML. The pixels are
 * what the reader sees, whatever drew them, and one screenshot per scene is fast.
 */
import { expect, type Page } from '@playwright/test';
import { openStory, scrollStepTo, settle, steps, type StepRef } from './helpers';

export type Rect = { left: number; top: number; right: number; bottom: number };

/** The map's part on screen, and what covers it: its caption and its furniture. */
export async function frameOf(page: Page): Promise<{ view: Rect; covers: Rect[] }> {
	return page.evaluate(() => {
		const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
		const map = document.querySelector('.map')!.getBoundingClientRect();
		const view = {
			left: Math.max(map.left, 0),
			top: Math.max(map.top, 0),
			right: Math.min(map.right, innerWidth),
			bottom: Math.min(map.bottom, innerHeight)
		};
		const covers = Array.from(
			document.querySelectorAll<HTMLElement>(
				'.map-panel figcaption, .lantern-scale, .lantern-locator'
			)
		)
			.filter((el) => {
				const s = getComputedStyle(el);
				return s.display !== 'none' && s.visibility !== 'hidden' && el.offsetWidth > 0;
			})
			.map((el) => plain(el.getBoundingClientRect()));
		return { view, covers };
	});
}

/** Every story the index page links to. */
export async function storySlugs(page: Page): Promise<string[]> {
	await page.goto('/');
	const hrefs = await page
		.locator('main li h2 a')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	return hrefs.map((h) => new URL(h).pathname.split('/').filter(Boolean).pop() ?? '');
}

/** The zoom from which a scene counts as close (issue #15). */
export const CLOSE = 12;

export interface CloseScene {
	slug: string;
	step: StepRef;
	zoom: number;
}

/**
 * Walks every story the index links to, step by step (reduced motion: each scene jumps into
 * place), and hands each close scene to `visit`, settled. `only` ("slug#step") narrows the walk.
 * Returns how many close scenes it visited.
 */
export async function walkCloseScenes(
	page: Page,
	visit: (scene: CloseScene) => Promise<void>,
	only?: readonly string[]
): Promise<number> {
	const slugs = await storySlugs(page);
	expect(slugs.length, 'the index links to the stories').toBeGreaterThanOrEqual(2);
	let visited = 0;
	for (const slug of slugs) {
		await openStory(page, slug);
		for (const step of await steps(page)) {
			if (only && !only.includes(`${slug}#${step.id}`)) continue;
			await scrollStepTo(page, step.index);
			await settle(page, { expected: step.index, message: `${slug} #${step.id}` });
			const zoom = Number(await page.locator('.map').getAttribute('data-map-zoom'));
			if (!(zoom >= CLOSE)) continue;
			visited++;
			await visit({ slug, step, zoom });
		}
	}
	return visited;
}

export interface InkCell {
	col: number;
	row: number;
	/** Share of the cell's uncovered pixels that carry ink, 0–1; null when furniture hides it. */
	ink: number | null;
	/** Share that are an edge: a line, a shore, a letter (a flat tint or open water has none). */
	detail: number | null;
	/** Share that are water. */
	water: number | null;
	/** The cell's centre, [lon, lat] (Web Mercator from the map's centre and zoom): where to draw. */
	at: [number, number];
}

/** A pixel is ink when one of its channels is this far from the land colour (0–255). */
const INK_DELTA = 14;
/** An edge: neighbouring pixels this far apart (a street's casing, a shore, a letter). */
const EDGE_DELTA = 24;
/** A cell mostly under the caption or furniture is not judged: the reader cannot see it either. */
const MIN_OPEN = 0.3;

/**
 * The ink in each cell of a cols × rows grid over the map's part on screen, from a screenshot in
 * CSS pixels. The picture is decoded in the page (createImageBitmap): no image library is needed.
 */
export async function inkGrid(page: Page, cols: number, rows: number): Promise<InkCell[]> {
	const { view, covers } = await frameOf(page);
	const clip = {
		x: view.left,
		y: view.top,
		width: view.right - view.left,
		height: view.bottom - view.top
	};
	const png = await page.screenshot({ clip, scale: 'css', animations: 'disabled' });
	return page.evaluate(
		async ({ bytes, view, covers, cols, rows, delta, edgeDelta, minOpen }) => {
			const colour = (name: string) => {
				const probe = document.createElement('span');
				probe.style.color = `var(${name})`;
				document.querySelector('.leaflet-container')!.appendChild(probe);
				const rgb = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
				probe.remove();
				return rgb;
			};
			const land = colour('--land');
			const water = colour('--water');
			const bitmap = await createImageBitmap(
				new Blob([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], { type: 'image/png' })
			);
			const w = bitmap.width;
			const h = bitmap.height;
			const canvas = new OffscreenCanvas(w, h);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const px = ctx.getImageData(0, 0, w, h).data;
			// Screenshot pixels per CSS pixel (1 with scale: 'css', but say so rather than assume).
			const sx = w / (view.right - view.left);
			const sy = h / (view.bottom - view.top);
			const covered = (x: number, y: number) =>
				covers.some((c) => x >= c.left && x < c.right && y >= c.top && y < c.bottom);
			const far = (i: number, rgb: number[], d: number) =>
				Math.abs(px[i]! - rgb[0]!) > d ||
				Math.abs(px[i + 1]! - rgb[1]!) > d ||
				Math.abs(px[i + 2]! - rgb[2]!) > d;
			// Where a cell lies on the earth, to say where a blank cell asks for more of the plan.
			const el = document.querySelector<HTMLElement>('.map')!;
			const box = el.getBoundingClientRect();
			const [lat0 = 0, lon0 = 0] = (el.dataset.mapCenter ?? '').split(',').map(Number);
			const scale = 256 * 2 ** Number(el.dataset.mapZoom);
			const y0m = Math.log(Math.tan(Math.PI / 4 + (lat0 * Math.PI) / 360));
			const lonLat = (x: number, y: number): [number, number] => {
				const dx = x - (box.left + box.width / 2);
				const dy = y - (box.top + box.height / 2);
				const lon = lon0 + (dx / scale) * 360;
				const m = y0m - (dy / scale) * 2 * Math.PI;
				const lat = (Math.atan(Math.exp(m)) * 360) / Math.PI - 90;
				return [Number(lon.toFixed(4)), Number(lat.toFixed(4))];
			};
			const apart = (i: number, j: number, d: number) =>
				Math.abs(px[i]! - px[j]!) > d ||
				Math.abs(px[i + 1]! - px[j + 1]!) > d ||
				Math.abs(px[i + 2]! - px[j + 2]!) > d;
			const out: InkCell[] = [];
			for (let row = 0; row < rows; row++)
				for (let col = 0; col < cols; col++) {
					const x0 = Math.floor((col * w) / cols);
					const x1 = Math.floor(((col + 1) * w) / cols);
					const y0 = Math.floor((row * h) / rows);
					const y1 = Math.floor(((row + 1) * h) / rows);
					let open = 0;
					let ink = 0;
					let edge = 0;
					let wet = 0;
					for (let y = y0; y < y1; y++)
						for (let x = x0; x < x1; x++) {
							if (covered(view.left + x / sx, view.top + y / sy)) continue;
							open++;
							const i = (y * w + x) * 4;
							if (far(i, land, delta)) ink++;
							if (!far(i, water, delta)) wet++;
							// An edge: the pixel differs from its right or lower neighbour.
							const right = x + 1 < w ? i + 4 : i;
							const below = y + 1 < h ? i + w * 4 : i;
							if (apart(i, right, edgeDelta) || apart(i, below, edgeDelta)) edge++;
						}
					const all = (x1 - x0) * (y1 - y0);
					const judged = open >= minOpen * all;
					out.push({
						col,
						row,
						ink: judged ? ink / open : null,
						detail: judged ? edge / open : null,
						water: judged ? wet / open : null,
						at: lonLat(view.left + (x0 + x1) / 2 / sx, view.top + (y0 + y1) / 2 / sy)
					});
				}
			return out;
		},
		{
			bytes: png.toString('base64'),
			view,
			covers,
			cols,
			rows,
			delta: INK_DELTA,
			edgeDelta: EDGE_DELTA,
			minOpen: MIN_OPEN
		}
	);
}

/** The grid as text, a row a line, each cell's detail/water in per mille ("--" if hidden). */
export function inkMap(cells: InkCell[], cols: number): string {
	const rows: string[] = [];
	const pm = (n: number) => String(Math.round(n * 1000)).padStart(4);
	cells.forEach((c, i) => {
		const cell = c.ink === null ? '       --' : ` ${pm(c.detail ?? 0)}/${pm(c.water ?? 0)}`;
		rows[Math.floor(i / cols)] = (rows[Math.floor(i / cols)] ?? '') + cell;
	});
	return rows.join('\n');
}
