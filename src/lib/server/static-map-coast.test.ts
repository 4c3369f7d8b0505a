/**
 * The build-time pictures (no-JS scenes, the handout, og.png) draw the detail coast over the
 * regional base when the scene looks closely inside a detail box, as the live map does.
 */
import { describe, expect, it } from 'vitest';
import type { MapData } from '../map/map-data';
import type { Scene } from '../scene/scene';
import { basemapRegion } from '../scene/padding';
import { extractBasemap } from './basemap';
import { staticDetail } from './coast';
import { renderStaticMap } from './static-map';
import { COLOURS } from './static-ink';

const REGION = basemapRegion([22, 54, 40, 62]);
const data = {
	...extractBasemap(REGION),
	layers: {},
	detail: staticDetail(REGION)
} as unknown as MapData;

const scene = (center: [number, number], zoom: number): Scene => ({
	step: 0,
	stepId: 'x',
	view: { kind: 'center', center, zoom },
	markers: [],
	routes: [],
	layers: [],
	cues: [],
	description: 'test'
});

/** The number of path commands drawn, a measure of the coast's detail in the picture. */
/** The water rectangles: the picture's, and one under each detail box drawn (the scale bar has rects too). */
const waterRects = (svg: string) =>
	svg.split('<rect ').filter((r) => r.split('>')[0]!.includes(`fill="${COLOURS.water}"`)).length;
const commands = (svg: string) => (svg.match(/[ML]/g) ?? []).length;

describe('renderStaticMap with the detail coast', () => {
	it('draws the Viborg box at zoom 14, over a water rectangle', () => {
		const svg = renderStaticMap(scene([60.704, 28.7675], 14), data, { width: 800, height: 600 });
		const without = renderStaticMap(
			scene([60.704, 28.7675], 14),
			{ ...data, detail: [] },
			{
				width: 800,
				height: 600
			}
		);
		expect(waterRects(svg)).toBe(2); // the picture's water, then the box's
		// Counted in the frame only (the picture is clipped to it): several times the regional coast.
		expect(commands(svg)).toBeGreaterThan(commands(without) * 3);
	});

	it('leaves it out at the zooms of the region', () => {
		const svg = renderStaticMap(scene([59.94, 30.31], 8), data, { width: 800, height: 600 });
		expect(waterRects(svg)).toBe(1);
	});

	it('leaves out a box the picture does not show', () => {
		// Helsingfors at zoom 13: the Petrograd and Viborg boxes are far off the picture.
		const svg = renderStaticMap(scene([60.17, 24.95], 13), data, { width: 800, height: 600 });
		expect(waterRects(svg)).toBe(2);
	});
});
