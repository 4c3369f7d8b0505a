/**
 * The documentary's map layers as the reader sees them (#15): a dated layer comes and goes as the
 * step's date crosses its `from`/`to` (.map[data-map-layers]), and Lenin's train journeys are
 * drawn along the railway, not straight from town to town. Motion is reduced so that each scene
 * jumps into place.
 */
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openStory, scrollStepTo, settle, steps } from './helpers';

const SLUG = 'the-crisis-has-matured';
test.use({ reducedMotion: 'reduce' });

/** The scene's layers after applying, as the test contract gives them. */
async function layersAt(page: Page, id: string): Promise<string[]> {
	const step = (await steps(page)).find((s) => s.id === id);
	expect(step, `the documentary has a step #${id}`).toBeTruthy();
	await scrollStepTo(page, step!.index);
	await settle(page, { expected: step!.index, message: `step ${id}` });
	const value = await page.locator('.map').getAttribute('data-map-layers');
	return (value ?? '').split(' ').filter(Boolean);
}

test('a dated layer appears and disappears as the step’s date crosses its from and to', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openStory(page, SLUG);
	// 10 July: before Riga fell (to 20 August). 27–31 August: after (from 21 August).
	const july = await layersAt(page, 'razliv');
	expect(july).toContain('front-before-riga');
	expect(july).not.toContain('front-after-riga');
	// The automatic layers show without the step naming them.
	expect(july).toEqual(expect.arrayContaining(['railways-1917', 'region-names']));
	const august = await layersAt(page, 'kornilov');
	expect(august).toContain('front-after-riga');
	expect(august).not.toContain('front-before-riga');
	// 12 November: after the Moon Sound islands fell (from 7 October); back again: before.
	const november = await layersAt(page, 'the-ballot');
	expect(november).toContain('front-after-albion');
	expect(november).not.toContain('front-after-riga');
	expect(await layersAt(page, 'razliv')).toContain('front-before-riga');
});

/** Web Mercator pixels at `zoom`. */
const project = (lat: number, lng: number, zoom: number): [number, number] => {
	const s = 256 * 2 ** zoom;
	const r = (lat * Math.PI) / 180;
	return [
		(s * (lng + 180)) / 360,
		(s * (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI)) / 2
	];
};

function segmentDistance(p: number[], a: number[], b: number[]): number {
	const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
	const t = Math.max(
		0,
		Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy || 1))
	);
	return Math.hypot(p[0]! - a[0]! - t * dx, p[1]! - a[1]! - t * dy);
}

test('Lenin’s train to Helsingfors is drawn along the railway, not straight', async ({ page }) => {
	test.setTimeout(60_000);
	await openStory(page, SLUG, 'engine-293');
	const drawn = await page.evaluate(() => {
		const map = document.querySelector<HTMLElement>('.map')!;
		const path = map.querySelector<SVGPathElement>('path.lantern-route');
		const box = map.getBoundingClientRect();
		const ctm = path?.getScreenCTM();
		const numbers = (path?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
		const points: [number, number][] = [];
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const p = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(ctm ?? undefined);
			points.push([p.x - box.left, p.y - box.top]);
		}
		return {
			points,
			center: (map.dataset.mapCenter ?? '0,0').split(',').map(Number),
			zoom: Number(map.dataset.mapZoom),
			size: [box.width, box.height]
		};
	});
	// The railway, drawn in the map's own pixels (the container's centre is the map's centre).
	const c = project(drawn.center[0]!, drawn.center[1]!, drawn.zoom);
	const px = (lng: number, lat: number) => {
		const p = project(lat, lng, drawn.zoom);
		return [p[0] - c[0] + drawn.size[0]! / 2, p[1] - c[1] + drawn.size[1]! / 2];
	};
	const railways = JSON.parse(readFileSync(`stories/${SLUG}/railways-1917.geojson`, 'utf8')) as {
		features: { geometry: { type: string; coordinates: number[][] } }[];
	};
	const lines = railways.features
		.filter((f) => f.geometry.type === 'LineString')
		.map((f) => f.geometry.coordinates.map(([lng, lat]) => px(lng!, lat!)));
	const off = (p: number[]) =>
		Math.min(...lines.flatMap((l) => l.slice(1).map((b, i) => segmentDistance(p, l[i]!, b))));

	expect(drawn.points.length, 'the route is drawn with the railway’s vertices').toBeGreaterThan(20);
	// Leaflet draws whole pixels: every vertex lies within a pixel and a half of a railway line.
	const worst = Math.max(...drawn.points.map(off));
	expect(worst, `the farthest drawn vertex is ${worst.toFixed(1)} px off the railway`).toBeLessThan(
		1.5
	);
	// And it bends through Terijoki, some 10 km from the straight line Udelnaya–Viborg.
	const terijoki = px(29.705, 60.1972);
	const near = Math.min(
		...drawn.points.map((p) => Math.hypot(p[0] - terijoki[0]!, p[1] - terijoki[1]!))
	);
	expect(near, 'the route passes through Terijoki').toBeLessThan(1.5);
});

test('the sources page credits every map layer and the basemap', async ({ page }) => {
	await page.goto(`/${SLUG}/`);
	const maps = page.locator('#sources ul.maps li');
	const text = await maps.allTextContents();
	const front = readFileSync(`stories/${SLUG}/story.md`, 'utf8').split('\n---')[0] ?? '';
	// Parsed, not matched line by line: a long credit is written folded (`credit: >-`).
	const { layers } = parseYaml(front.replace(/^---\n/, '')) as {
		layers: Record<string, { credit?: string }>;
	};
	const credits = Object.values(layers).flatMap((l) => (l.credit ? [l.credit] : []));
	expect(credits.length).toBeGreaterThanOrEqual(6);
	for (const credit of credits)
		expect(text.some((t) => t.replace(/\s+/g, ' ').includes(credit))).toBe(true);
	expect(text.at(-1)).toMatch(/Natural Earth \(public domain\).*GSHHG.*Wessel & Smith.*LGPL-3/);
});
