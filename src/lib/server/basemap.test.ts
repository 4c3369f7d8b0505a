import { describe, expect, it } from 'vitest';
import { basemapBytes, extractBasemap, type BasemapFeature, type Region } from './basemap';
import { pointInGeometry, type AnyGeometry } from './planar';

const REGION: Region = [22, 54, 40, 62];

const inAny = (features: readonly BasemapFeature[], lat: number, lng: number): boolean =>
	features.some((f) => pointInGeometry(lng, lat, f.geometry as AnyGeometry));

/** Every [lng, lat] position in a geometry, however deeply nested. */
function positions(coords: unknown): number[][] {
	if (!Array.isArray(coords)) return [];
	if (typeof coords[0] === 'number') return [coords as number[]];
	return coords.flatMap(positions);
}

/** Every ring (polygons) or line (line strings) in a geometry. */
function ringsAndLines(f: BasemapFeature): number[][][] {
	const g = f.geometry;
	switch (g.type) {
		case 'Polygon':
			return g.coordinates;
		case 'MultiPolygon':
			return g.coordinates.flat();
		case 'LineString':
			return [g.coordinates];
		case 'MultiLineString':
			return g.coordinates;
	}
}

describe('extractBasemap', () => {
	const basemap = extractBasemap(REGION);
	const layers = [basemap.land, basemap.lakes, basemap.rivers];

	it('has land, lakes and rivers in the region', () => {
		expect(basemap.land.features.length).toBeGreaterThan(0);
		expect(basemap.lakes.features.length).toBeGreaterThan(0);
		expect(basemap.rivers.features.length).toBeGreaterThan(0);
	});

	it('draws the Gulf of Finland: the sea is not land, the cities are', () => {
		expect(inAny(basemap.land.features, 60.0, 27.0)).toBe(false); // the Gulf off Kotka
		expect(inAny(basemap.land.features, 59.95, 29.0)).toBe(false); // the Gulf west of Kronstadt
		expect(inAny(basemap.land.features, 60.17, 24.95)).toBe(true); // Helsingfors
		expect(inAny(basemap.land.features, 55.75, 37.62)).toBe(true); // Moscow
		expect(inAny(basemap.land.features, 60.71, 28.76)).toBe(true); // Viborg
	});

	it('has Lake Ladoga in lakes', () => {
		expect(inAny(basemap.lakes.features, 61.0, 31.5)).toBe(true);
		expect(inAny(basemap.lakes.features, 58.0, 26.0)).toBe(false);
	});

	it('keeps every coordinate inside the region, rounded to 4 decimals', () => {
		const [w, s, e, n] = REGION;
		for (const layer of layers) {
			for (const f of layer.features) {
				for (const [x = NaN, y = NaN] of positions(f.geometry.coordinates)) {
					expect(x).toBeGreaterThanOrEqual(w);
					expect(x).toBeLessThanOrEqual(e);
					expect(y).toBeGreaterThanOrEqual(s);
					expect(y).toBeLessThanOrEqual(n);
					expect(Math.round(x * 1e4) / 1e4).toBe(x);
					expect(Math.round(y * 1e4) / 1e4).toBe(y);
				}
			}
		}
	});

	it('leaves no empty ring, part or feature', () => {
		for (const layer of layers) {
			for (const f of layer.features) {
				const parts = ringsAndLines(f);
				expect(parts.length).toBeGreaterThan(0);
				const polygonal = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
				for (const part of parts) {
					expect(part.length).toBeGreaterThanOrEqual(polygonal ? 4 : 2);
					if (polygonal) expect(part[part.length - 1]).toEqual(part[0]);
				}
			}
		}
	});

	it('is small: under 120 KB of raw JSON', () => {
		const bytes = basemapBytes(basemap);
		expect(bytes).toBe(JSON.stringify(basemap).length);
		expect(bytes).toBeLessThan(120_000);
		expect(bytes).toBeGreaterThan(20_000);
	});

	it('caches per region and rejects a bad region', () => {
		expect(extractBasemap([22, 54, 40, 62])).toBe(basemap);
		expect(() => extractBasemap([40, 54, 22, 62])).toThrow(/bad region/);
	});
});
