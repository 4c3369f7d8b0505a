/**
 * The extracted coast (src/lib/server/coast/*.geojson, written by scripts/coast/extract.mjs): what
 * the stories need is there, the detail boxes are detailed, and the data is clean.
 */
import { describe, expect, it } from 'vitest';
import { BASEMAP_DETAIL } from '../story/basemap-detail';
import type { BasemapFeature } from './basemap';
import { coastAreas, detailCoasts, regionalCoast, type CoastArea } from './coast';
import { pointInGeometry, type AnyGeometry } from './planar';

const area = (name: string): CoastArea => {
	const a = coastAreas().find((x) => x.name === name);
	if (!a) throw new Error(`no coast area ${name}`);
	return a;
};

const inAny = (features: readonly BasemapFeature[], lat: number, lng: number): boolean =>
	features.some((f) => pointInGeometry(lng, lat, f.geometry as AnyGeometry));

/** Every ring or line of a collection's features. */
const partsOf = (features: readonly BasemapFeature[]): number[][][] =>
	features.flatMap((f) => {
		const g = f.geometry;
		if (g.type === 'MultiPolygon') return g.coordinates.flat();
		if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates;
		return [g.coordinates];
	});

/** Metres between two [lng, lat] points (equirectangular: fine over a few kilometres). */
function metres(a: readonly number[], b: readonly number[]): number {
	const k = Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180));
	const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * k;
	const dy = (b[1] ?? 0) - (a[1] ?? 0);
	return Math.hypot(dx, dy) * 111_195;
}

/** Metres from a point to the nearest vertex of any ring (the rings are dense). */
const nearestShore = (features: readonly BasemapFeature[], lat: number, lng: number): number =>
	Math.min(...partsOf(features).flatMap((r) => r.map((p) => metres(p, [lng, lat]))));

describe('the detail boxes', () => {
	it('are those that basemap-detail.ts lists for the loader, with the same boxes and zooms', () => {
		const boxes = coastAreas().filter((a) => a.kind === 'detail');
		expect(boxes.map((b) => b.name).sort()).toEqual(BASEMAP_DETAIL.map((d) => d.name).sort());
		for (const d of BASEMAP_DETAIL) {
			expect(area(d.name).bbox, d.name).toEqual(d.bbox);
			expect(area(d.name).zoom, d.name).toBe(d.detail);
		}
	});

	for (const d of BASEMAP_DETAIL) {
		it(`${d.name}: finite coordinates inside the box, closed rings, 5 decimals at most`, () => {
			const a = area(d.name);
			const [w, s, e, n] = a.bbox;
			const all = [a.data.land, a.data.lakes, a.data.rivers].flatMap((c) => partsOf(c.features));
			expect(all.length).toBeGreaterThan(0);
			for (const part of all) {
				for (const [x = NaN, y = NaN] of part) {
					expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
					expect(x >= w - 1e-9 && x <= e + 1e-9 && y >= s - 1e-9 && y <= n + 1e-9).toBe(true);
					expect(Math.round(x * 1e5) / 1e5).toBe(x);
				}
			}
			for (const ring of partsOf([...a.data.land.features, ...a.data.lakes.features])) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[ring.length - 1]).toEqual(ring[0]);
			}
		});
	}

	// GSHHG's full resolution, rounded: dense, and no long straight edge that would show as a
	// triangle at zoom 14 (a zoom-14 pixel is under 5 m here). Natural Earth's 1:10m, which this
	// replaces, had edges of several kilometres. What is straight here is straight on the ground
	// (the Neva's granite embankments: 820 m); the box's own edges are left out.
	for (const name of ['petrograd', 'vyborg', 'helsingfors']) {
		it(`${name}: thousands of vertices, no shore segment over 1 km, 95% under 250 m`, () => {
			const a = area(name);
			const [w, s, e, n] = a.bbox;
			const onEdge = (p: readonly number[]) =>
				[w, e].some((v) => Math.abs((p[0] ?? 0) - v) < 1e-9) ||
				[s, n].some((v) => Math.abs((p[1] ?? 0) - v) < 1e-9);
			const rings = partsOf(a.data.land.features);
			expect(rings.reduce((sum, r) => sum + r.length, 0)).toBeGreaterThan(2500);
			const lengths: number[] = [];
			for (const r of rings)
				for (let i = 1; i < r.length; i++) {
					const p = r[i - 1] ?? [];
					const q = r[i] ?? [];
					if (!(onEdge(p) && onEdge(q))) lengths.push(metres(p, q));
				}
			lengths.sort((x, y) => x - y);
			expect(lengths[lengths.length - 1]).toBeLessThan(1000);
			expect(lengths[Math.floor(lengths.length * 0.95)]).toBeLessThan(250);
		});
	}
});

describe('what the stories need', () => {
	const petrograd = area('petrograd').data;
	const baltic = area('baltic').data;

	it('has the Sestroretsk Razliv, with the hut on its far shore from the barn', () => {
		for (const base of [petrograd, baltic]) {
			expect(inAny(base.lakes.features, 60.105, 29.97)).toBe(true); // the lake
			expect(inAny(base.land.features, 60.105, 29.97)).toBe(true); // …on land, not the Gulf
		}
		// The hut (places.yaml: 60.100, 29.990) is on land, within 500 m of the lake's shore.
		expect(inAny(petrograd.lakes.features, 60.1, 29.99)).toBe(false);
		expect(nearestShore(petrograd.lakes.features, 60.1, 29.99)).toBeLessThan(500);
		// The barn (60.072, 29.974) is on land south of it.
		expect(inAny(petrograd.lakes.features, 60.072, 29.974)).toBe(false);
		expect(inAny(petrograd.land.features, 60.072, 29.974)).toBe(true);
	});

	it('has Kotlin in the Gulf, the Neva delta, and water between', () => {
		expect(inAny(petrograd.land.features, 59.9917, 29.7783)).toBe(true); // Kronstadt
		expect(inAny(petrograd.land.features, 60.012, 29.72)).toBe(true); // Kotlin, west of the town
		expect(inAny(petrograd.land.features, 59.95, 29.9)).toBe(false); // the Gulf east of Kotlin
		expect(inAny(petrograd.land.features, 59.9417, 30.3147)).toBe(true); // Palace Square
		expect(inAny(petrograd.land.features, 59.9417, 30.2)).toBe(false); // the Gulf off Vasilievsky
	});

	it('has Helsingfors on its peninsula and the Sveaborg islands off it', () => {
		const h = area('helsingfors').data;
		expect(inAny(h.land.features, 60.16952, 24.95253)).toBe(true); // Senate Square
		expect(inAny(h.land.features, 60.12, 24.92)).toBe(false); // the open Gulf off the town
		expect(nearestShore(h.land.features, 60.14556, 24.98806)).toBeLessThan(300); // Sveaborg
	});

	it('has Viborg on land by its bays', () => {
		const v = area('vyborg').data;
		expect(inAny(v.land.features, 60.70972, 28.75694)).toBe(true);
		expect(nearestShore(v.land.features, 60.70972, 28.75694)).toBeLessThan(1500);
	});

	it('picks the regional base that covers a region, and the boxes that touch it', () => {
		expect(regionalCoast([16.6, 51.6, 45.4, 64.4])?.name).toBe('baltic');
		expect(regionalCoast([22, 54, 40, 62])?.name).toBe('baltic');
		expect(regionalCoast([-9.25, 38.67, -9.1, 38.74])?.name).toBe('lisbon-region');
		expect(regionalCoast([100, 10, 110, 20])).toBeUndefined(); // Natural Earth there
		expect(detailCoasts([22, 54, 40, 62]).map((d) => d.name)).toEqual([
			'helsingfors',
			'petrograd',
			'vyborg'
		]);
		expect(detailCoasts([-9.266, 38.665, -9.074, 38.745]).map((d) => d.name)).toEqual(['lisbon']);
	});
});
