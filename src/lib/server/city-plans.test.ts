/**
 * The schematic plans of Moscow, Helsingfors and Viborg (stories/the-crisis-has-matured/*-plan.geojson)
 * against the map-layer contract: known kinds and ranks, names, tidy geometry, every place the story
 * names beside the feature it stands in, and enough named features in view at every close scene.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { distanceToGeometryM as distanceM, pointInGeometry, type AnyGeometry } from './planar';
import { frameAt, namesInFrame, positions, type Plan as ViewPlan } from './plan-view';
import { LABEL_STYLES, LINE_KINDS, POINT_KINDS, POLYGON_KINDS } from '../story/geojson-check';

const DIR = new URL('../../../stories/the-crisis-has-matured/', import.meta.url);

interface Props {
	name: string;
	kind: string;
	rank?: unknown;
	labelZoom?: unknown;
	style?: unknown;
	today?: unknown;
	labelAt?: unknown;
}
interface Feature {
	type: string;
	properties: Props;
	geometry: AnyGeometry;
}
interface Plan {
	type: string;
	bbox: [number, number, number, number];
	features: Feature[];
}
type Pos = [number, number];

// The contract's kinds and label styles, as the loader checks them (geojson-check.ts).
const STYLES: readonly string[] = LABEL_STYLES;
const GEOMETRY: Record<string, string[]> = {
	polygon: ['Polygon', 'MultiPolygon'],
	line: ['LineString', 'MultiLineString'],
	point: ['Point']
};
const familyOf = (kind: string): string =>
	POLYGON_KINDS.includes(kind) ? 'polygon' : LINE_KINDS.includes(kind) ? 'line' : 'point';

const gazetteer = parse(readFileSync(new URL('places.yaml', DIR), 'utf8')) as Record<
	string,
	{ lat: number; lng: number }
>;

/**
 * Each plan, the story's places in it, and the feature each place must stand in or beside
 * (within 150 m): the place is where the plan says it is.
 */
const CITIES = [
	{
		file: 'moscow-plan.geojson',
		places: { 'moscow-soviet': 'Skobelevskaya Square', kremlin: 'Kremlin', moscow: 'Kremlin' },
		named: ['Moskva', 'Yauza', 'Kremlin', 'Kitai-gorod wall', 'Red Square', 'Tverskaya'],
		zoom12: [55.75167, 37.61778] as const
	},
	{
		file: 'helsingfors-plan.geojson',
		places: { helsingfors: 'Senate Square', 'rovio-flat': 'Hagnäs torg', sveaborg: 'Sveaborg' },
		named: ['South Harbour', 'North Harbour', 'Esplanaden', 'Unionsgatan', 'Helsingfors Station'],
		zoom12: [60.16952, 24.95253] as const
	},
	{
		file: 'viborg-plan.geojson',
		places: {
			vyborg: 'Viborg (built-up area)',
			'latukka-house': 'Aleksanterinkatu (Talikkala)'
		},
		named: ['Viborg Castle', 'Castle Island', 'Salakkalahti', 'Round Tower', 'Torkkelinkatu'],
		zoom12: [60.70972, 28.75694] as const
	}
];

/** Names a reader sees in a 1280×800 view at `zoom` centred on [lat, lng] (the plans show from 11). */
const namesInView = (plan: Plan, lat: number, lng: number, zoom: number): string[] =>
	namesInFrame(plan as unknown as ViewPlan, frameAt(lng, lat, zoom), zoom, 11);

const signedArea = (ring: Pos[]): number =>
	ring.slice(1).reduce((sum, b, i) => {
		const a = ring[i] as Pos;
		return sum + a[0] * b[1] - b[0] * a[1];
	}, 0) / 2;

describe.each(CITIES)('the schematic plan $file', ({ file, places, named, zoom12 }) => {
	const text = readFileSync(new URL(file, DIR), 'utf8');
	const plan = JSON.parse(text) as Plan;
	const byName = (name: string): Feature => {
		const f = plan.features.find((g) => g.properties.name === name);
		if (!f) throw new Error(`${file}: no feature named ${name}`);
		return f;
	};
	const water = plan.features.filter((f) => f.properties.kind === 'water');
	const islands = plan.features.filter((f) => f.properties.kind === 'island');
	const inWater = (lng: number, lat: number): boolean =>
		water.some((f) => pointInGeometry(lng, lat, f.geometry)) &&
		!islands.some((f) => pointInGeometry(lng, lat, f.geometry));

	it('is small (under 40 KB) and has at least 40 named features', () => {
		expect(Buffer.byteLength(text)).toBeLessThan(40_000);
		expect(plan.type).toBe('FeatureCollection');
		expect(plan.features.length).toBeGreaterThanOrEqual(40);
	});

	it('follows the feature contract: kind, name, rank, labelZoom, style, today, labelAt', () => {
		for (const f of plan.features) {
			const p = f.properties;
			const what = `${file}: ${JSON.stringify(p)}`;
			expect(f.type, what).toBe('Feature');
			expect([...POLYGON_KINDS, ...LINE_KINDS, ...POINT_KINDS], what).toContain(p.kind);
			expect(GEOMETRY[familyOf(p.kind)], what).toContain(f.geometry.type);
			expect(typeof p.name === 'string' && p.name.trim().length > 0, what).toBe(true);
			expect([1, 2, 3], what).toContain(p.rank);
			if (p.labelZoom !== undefined) {
				expect(Number.isInteger(p.labelZoom), what).toBe(true);
				expect(Number(p.labelZoom), what).toBeGreaterThanOrEqual(11);
				expect(Number(p.labelZoom), what).toBeLessThanOrEqual(19);
			}
			if (p.kind === 'label') expect(STYLES, what).toContain(p.style);
			else expect(p.style, what).toBeUndefined();
			if (p.today !== undefined) expect(typeof p.today, what).toBe('string');
			if (p.labelAt !== undefined) {
				expect(familyOf(p.kind), what).not.toBe('point');
				const [x, y] = p.labelAt as Pos;
				expect(distanceM(x, y, f.geometry), what).toBeLessThan(50);
			}
		}
	});

	it('keeps every position finite, in its bbox, with 5 decimals at most', () => {
		const [w, s, e, n] = plan.bbox;
		for (const f of plan.features) {
			for (const [x = NaN, y = NaN] of positions(f.geometry.coordinates)) {
				const where = `${f.properties.name} ${x},${y}`;
				expect(Number.isFinite(x) && Number.isFinite(y), where).toBe(true);
				expect(x >= w && x <= e && y >= s && y <= n, where).toBe(true);
				expect(Math.round(x * 1e5) / 1e5, where).toBe(x);
				expect(Math.round(y * 1e5) / 1e5, where).toBe(y);
			}
		}
	});

	it('closes its polygons, outer rings counter-clockwise', () => {
		for (const f of plan.features.filter((g) => familyOf(g.properties.kind) === 'polygon')) {
			const polygons =
				f.geometry.type === 'Polygon'
					? [f.geometry.coordinates as Pos[][]]
					: (f.geometry.coordinates as Pos[][][]);
			for (const rings of polygons) {
				rings.forEach((ring, i) => {
					expect(ring.length, f.properties.name).toBeGreaterThanOrEqual(4);
					expect(ring[ring.length - 1], f.properties.name).toEqual(ring[0]);
					expect(Math.sign(signedArea(ring)), f.properties.name).toBe(i === 0 ? 1 : -1);
				});
			}
		}
	});

	it('has the features the brief names', () => {
		for (const name of named) byName(name);
	});

	it.each(Object.entries(places))('puts %s within 150 m of %s, and on land', (id, featureName) => {
		const place = gazetteer[id];
		if (!place) throw new Error(`no place ${id} in places.yaml`);
		expect(distanceM(place.lng, place.lat, byName(featureName).geometry)).toBeLessThanOrEqual(150);
		expect(inWater(place.lng, place.lat), id).toBe(false);
	});

	it.each(Object.keys(places))('shows at least six names at zoom 14 around %s', (id) => {
		const place = gazetteer[id];
		if (!place) throw new Error(`no place ${id} in places.yaml`);
		const names = namesInView(plan, place.lat, place.lng, 14);
		expect(names.length, names.join(', ')).toBeGreaterThanOrEqual(6);
	});

	it('is not crowded at zoom 12: at most 20 names over the city', () => {
		const names = namesInView(plan, zoom12[0], zoom12[1], 12);
		expect(names.length, names.join(', ')).toBeGreaterThanOrEqual(4);
		expect(names.length, names.join(', ')).toBeLessThanOrEqual(20);
	});

	it('draws its bridges across water: ends on land, middle over water', () => {
		for (const f of plan.features.filter((g) => g.properties.kind === 'bridge')) {
			const line = f.geometry.coordinates as Pos[];
			const a = line[0] as Pos;
			const b = line[line.length - 1] as Pos;
			expect(inWater(a[0], a[1]), `${f.properties.name} start`).toBe(false);
			expect(inWater(b[0], b[1]), `${f.properties.name} end`).toBe(false);
			expect(inWater((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), `${f.properties.name} middle`).toBe(
				true
			);
		}
	});
});

describe('the Moskva in the Moscow plan', () => {
	const plan = JSON.parse(readFileSync(new URL('moscow-plan.geojson', DIR), 'utf8')) as Plan;
	const moskva = plan.features.find((f) => f.properties.name === 'Moskva');

	it('has its real width below the Kremlin: 100-200 m', () => {
		// Walk south across the river from the Kremlin's Tainitsky garden along 37.620 E.
		let wet = 0;
		for (let lat = 55.746; lat <= 55.7495; lat += 0.00001) {
			if (moskva && pointInGeometry(37.62, lat, moskva.geometry)) wet += 1;
		}
		const metres = wet * 0.00001 * 111_195;
		expect(metres).toBeGreaterThan(100);
		expect(metres).toBeLessThan(200);
	});

	it('leaves the Kremlin and Zamoskvorechye dry', () => {
		expect(moskva && pointInGeometry(37.61778, 55.75167, moskva.geometry)).toBe(false);
		expect(moskva && pointInGeometry(37.6205, 55.7375, moskva.geometry)).toBe(false);
	});
});
