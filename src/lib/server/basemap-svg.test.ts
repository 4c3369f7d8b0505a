import { describe, expect, it } from 'vitest';
import { extractBasemap, type FeatureCollection, type Region } from './basemap';
import { pathData, projectBasemap, projectTenths } from './basemap-svg';

/** Leaflet's EPSG:3857 at zoom 12, to compare against (L.CRS.EPSG3857.latLngToPoint). */
function leaflet(lat: number, lng: number): [number, number] {
	const R = 6378137;
	const d = Math.PI / 180;
	const sin = Math.sin(lat * d);
	const x = R * lng * d;
	const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
	const scale = 256 * 2 ** 12;
	const k = 0.5 / (Math.PI * R);
	return [scale * (k * x + 0.5), scale * (-k * y + 0.5)];
}

/** Absolute points of a path written as "M x y l dx dy …" subpaths. */
function absolute(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((sub) => {
			const nums = (sub.replace(/[lz]/g, ' ').match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
			const pts: [number, number][] = [];
			let x = 0;
			let y = 0;
			for (let i = 0; i + 1 < nums.length; i += 2) {
				x = i === 0 ? (nums[i] ?? 0) : x + (nums[i] ?? 0);
				y = i === 0 ? (nums[i + 1] ?? 0) : y + (nums[i + 1] ?? 0);
				pts.push([x, y]);
			}
			return pts;
		});
}

describe('projectTenths', () => {
	it('matches Leaflet’s Web Mercator to a twentieth of a pixel at zoom 12', () => {
		for (const [lat, lng] of [
			[59.93917, 30.31556],
			[55.75167, 37.61778],
			[60.16952, 24.95253],
			[-33.9, 151.2]
		] as const) {
			const [x, y] = projectTenths(lng, lat);
			const [lx, ly] = leaflet(lat, lng);
			expect(Math.abs(x / 10 - lx)).toBeLessThanOrEqual(0.05);
			expect(Math.abs(y / 10 - ly)).toBeLessThanOrEqual(0.05);
		}
	});
});

describe('pathData', () => {
	const square: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[30, 60],
							[30.1, 60],
							[30.1, 60.1],
							[30, 60.1],
							[30, 60]
						]
					]
				}
			},
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'LineString', coordinates: [[31, 59]] }
			}
		]
	};

	it('closes rings, drops a one-point line, and adds steps back up to the projected points', () => {
		const d = pathData(square);
		expect(d.startsWith('M')).toBe(true);
		expect(d.endsWith('z')).toBe(true);
		expect(d.match(/M/g)).toHaveLength(1);
		const [ring] = absolute(d);
		expect(ring).toHaveLength(5);
		const [lx, ly] = leaflet(60.1, 30.1);
		const third = ring?.[2] ?? [NaN, NaN];
		expect(Math.abs(third[0] - lx)).toBeLessThanOrEqual(0.05);
		expect(Math.abs(third[1] - ly)).toBeLessThanOrEqual(0.05);
	});
});

describe('projectBasemap', () => {
	const REGION: Region = [16.6, 51.6, 45.4, 64.4];
	const projected = projectBasemap(extractBasemap(REGION));

	it('keeps every point inside the region’s projection, and draws land, lakes and rivers', () => {
		const [x0, y0] = leaflet(64.4, 16.6);
		const [x1, y1] = leaflet(51.6, 45.4);
		for (const d of [projected.land, projected.lakes, projected.rivers]) {
			expect(d.length).toBeGreaterThan(100);
			for (const sub of absolute(d))
				for (const [px, py] of sub) {
					expect(px).toBeGreaterThanOrEqual(x0 - 0.1);
					expect(px).toBeLessThanOrEqual(x1 + 0.1);
					expect(py).toBeGreaterThanOrEqual(y0 - 0.1);
					expect(py).toBeLessThanOrEqual(y1 + 0.1);
				}
		}
		expect(projected.rivers.includes('z')).toBe(false);
	});
});
