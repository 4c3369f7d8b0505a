/**
 * The schematic plans of Moscow, Helsingfors and Viborg (stories/the-crisis-has-matured/*-plan.geojson)
 * against the map-layer contract: known kinds and ranks, names, tidy geometry, every place the story
 * names beside the feature it stands in, and enough named features in view at every close scene.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pointInGeometry, type AnyGeometry } from './planar';
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

function positions(coords: unknown): Pos[] {
	if (!Array.isArray(coords)) return [];
	if (typeof coords[0] === 'number') return [coords as Pos];
	return coords.flatMap(positions);
}
/** Consecutive pairs of each line or ring of a geometry (a point gives one degenerate pair). */
function segments(g: AnyGeometry): [Pos, Pos][] {
	const paths: Pos[][] =
		g.type === 'Point'
			? [[g.coordinates as Pos]]
			: g.type === 'LineString'
				? [g.coordinates as Pos[]]
				: g.type === 'MultiLineString' || g.type === 'Polygon'
					? (g.coordinates as Pos[][])
					: (g.coordinates as Pos[][][]).flat();
	return paths.flatMap((p) =>
		p.length === 1
			? [[p[0], p[0]] as [Pos, Pos]]
			: p.slice(1).map((b, i) => [p[i], b] as [Pos, Pos])
	) as [Pos, Pos][];
}

/** Metres from [lng, lat] to any geometry (0 inside a polygon), on a local flat projection. */
function distanceM(lng: number, lat: number, g: AnyGeometry): number {
	if (pointInGeometry(lng, lat, g)) return 0;
	const kx = 111_195 * Math.cos((lat * Math.PI) / 180);
	const ky = 111_195;
	let best = Infinity;
	for (const [a, b] of segments(g)) {
		const ax = (a[0] - lng) * kx;
		const ay = (a[1] - lat) * ky;
		const dx = (b[0] - a[0]) * kx;
		const dy = (b[1] - a[1]) * ky;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}

/** Web Mercator pixels at a zoom. */
function pixel(lng: number, lat: number, zoom: number): Pos {
	const size = 256 * 2 ** zoom;
	const s = Math.sin((lat * Math.PI) / 180);
	return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

/** Does a segment (in pixels) touch the box? Liang–Barsky clipping. */
function segmentInBox(a: Pos, b: Pos, [x0, y0, x1, y1]: number[]): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const edges: [number, number][] = [
		[-dx, a[0] - (x0 ?? 0)],
		[dx, (x1 ?? 0) - a[0]],
		[-dy, a[1] - (y0 ?? 0)],
		[dy, (y1 ?? 0) - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Names a reader sees in a 1280×800 view at `zoom` centred on [lat, lng]. */
function namesInView(plan: Plan, lat: number, lng: number, zoom: number): string[] {
	const [cx, cy] = pixel(lng, lat, zoom);
	const box = [cx - 640, cy - 400, cx + 640, cy + 400];
	return plan.features
		.filter((f) => Number(f.properties.labelZoom ?? 11) <= zoom)
		.filter(
			(f) =>
				pointInGeometry(lng, lat, f.geometry) ||
				segments(f.geometry).some(([a, b]) =>
					segmentInBox(pixel(a[0], a[1], zoom), pixel(b[0], b[1], zoom), box)
				)
		)
		.map((f) => f.properties.name);
}

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
			for (const [x, y] of positions(f.geometry.coordinates)) {
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
