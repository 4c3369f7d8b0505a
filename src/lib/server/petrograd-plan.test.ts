import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceToGeometryM, pointInGeometry, type AnyGeometry } from './planar';

const FILE = new URL(
	'../../../stories/the-crisis-has-matured/petrograd-plan.geojson',
	import.meta.url
);
const text = readFileSync(FILE, 'utf8');

interface PlanFeature {
	type: 'Feature';
	properties: { name: string; kind: string } & Record<string, unknown>;
	geometry: AnyGeometry;
}
interface Plan {
	type: 'FeatureCollection';
	bbox?: [number, number, number, number];
	features: PlanFeature[];
}
const plan = JSON.parse(text) as Plan;

const KINDS = ['water', 'island', 'land', 'shore', 'canal', 'street', 'bridge'];
const POLYGON_KINDS = ['water', 'island', 'land'];

/** The landmarks of the gazetteer (research/facts.md §2) that city scenes stand on: [lat, lng]. */
const LANDMARKS: Record<string, readonly [number, number]> = {
	'Smolny Institute': [59.94639, 30.39639],
	'Winter Palace': [59.94085, 30.31315],
	'General Staff arch': [59.938, 30.317],
	'Central Telephone Exchange': [59.9355, 30.3145],
	'Peter and Paul Fortress': [59.9502, 30.3164],
	'Taurida Palace': [59.94778, 30.37583],
	'Kshesinskaya Mansion': [59.9536, 30.3245],
	'Mariinsky Palace': [59.92972, 30.30889],
	'Finland Station': [59.95583, 30.35611],
	'Alexandrinsky Theatre': [59.93222, 30.33611],
	'Palace Square': [59.93917, 30.31556],
	'Aurora today (Petrogradskaya emb.)': [59.95528, 30.33778],
	"Sukhanov's flat": [59.97, 30.313],
	"Fofanova's flat": [59.988, 30.33]
};
/** Aurora's October mooring: the centre of the Nikolaevsky Bridge. */
const NIKOLAEVSKY: readonly [number, number] = [59.93487, 30.28953];

const byKind = (kind: string): PlanFeature[] =>
	plan.features.filter((f) => f.properties.kind === kind);
const named = (name: string): PlanFeature => {
	const f = plan.features.find((g) => g.properties.name === name);
	if (!f) throw new Error(`no feature named ${name}`);
	return f;
};
const inWater = (lat: number, lng: number): string[] =>
	byKind('water')
		.filter((f) => pointInGeometry(lng, lat, f.geometry))
		.map((f) => f.properties.name);
const onLand = (lat: number, lng: number): boolean =>
	plan.features.some(
		(f) =>
			(f.properties.kind === 'land' || f.properties.kind === 'island') &&
			pointInGeometry(lng, lat, f.geometry)
	);

type Ring = number[][];
const ringsOf = (g: AnyGeometry): Ring[] =>
	g.type === 'Polygon'
		? (g.coordinates as Ring[])
		: g.type === 'MultiPolygon'
			? (g.coordinates as Ring[][]).flat()
			: [];
const signedArea = (ring: Ring): number => {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const [ax = NaN, ay = NaN] = ring[i - 1] ?? [];
		const [bx = NaN, by = NaN] = ring[i] ?? [];
		sum += ax * by - bx * ay;
	}
	return sum / 2;
};
function positions(coords: unknown): number[][] {
	if (!Array.isArray(coords)) return [];
	if (typeof coords[0] === 'number') return [coords as number[]];
	return coords.flatMap(positions);
}

describe('the schematic Petrograd plan', () => {
	it('is small: under 40 KB', () => {
		expect(Buffer.byteLength(text)).toBeLessThan(40_000);
	});

	it('is a FeatureCollection in which every feature has a name and a known kind', () => {
		expect(plan.type).toBe('FeatureCollection');
		expect(plan.features.length).toBeGreaterThan(20);
		for (const f of plan.features) {
			expect(f.type).toBe('Feature');
			expect(typeof f.properties.name, JSON.stringify(f.properties)).toBe('string');
			expect(f.properties.name.length).toBeGreaterThan(0);
			expect(KINDS).toContain(f.properties.kind);
			const polygonal = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
			expect(polygonal, f.properties.name).toBe(POLYGON_KINDS.includes(f.properties.kind));
		}
	});

	it('has the Neva, its branches, the Gulf and the islands', () => {
		for (const name of [
			'Neva',
			'Bolshaya Neva',
			'Malaya Neva',
			'Bolshaya Nevka',
			'Gulf of Finland'
		]) {
			expect(named(name).properties.kind).toBe('water');
		}
		for (const name of [
			'Vasilievsky Island',
			'Petrograd Side',
			'Zayachy Island',
			'Aptekarsky Island'
		]) {
			expect(named(name).properties.kind).toBe('island');
		}
		for (const name of [
			'Nikolaevsky Bridge',
			'Dvortsovy Bridge',
			'Troitsky Bridge',
			'Liteiny Bridge'
		]) {
			expect(named(name).properties.kind).toBe('bridge');
		}
		expect(named('Nevsky Prospekt').properties.kind).toBe('street');
		expect(named('Fontanka').properties.kind).toBe('canal');
	});

	it('has closed, counter-clockwise outer rings (clockwise holes)', () => {
		for (const f of plan.features) {
			const g = f.geometry;
			const polygons =
				g.type === 'Polygon'
					? [g.coordinates as Ring[]]
					: g.type === 'MultiPolygon'
						? (g.coordinates as Ring[][])
						: [];
			for (const rings of polygons) {
				rings.forEach((ring, i) => {
					expect(ring.length, f.properties.name).toBeGreaterThanOrEqual(4);
					expect(ring[ring.length - 1], f.properties.name).toEqual(ring[0]);
					const area = signedArea(ring);
					if (i === 0) expect(area, f.properties.name).toBeGreaterThan(0);
					else expect(area, f.properties.name).toBeLessThan(0);
				});
			}
			for (const ring of ringsOf(g)) expect(ring.length).toBeGreaterThanOrEqual(4);
		}
	});

	it('keeps every position in its bbox, with at most 5 decimals', () => {
		const [w, s, e, n] = plan.bbox ?? [30.1, 59.8, 30.6, 60.1];
		for (const f of plan.features) {
			const ps = positions(f.geometry.coordinates);
			expect(ps.length, f.properties.name).toBeGreaterThanOrEqual(2);
			for (const p of ps) {
				expect(p.length).toBe(2);
				const [x = NaN, y = NaN] = p;
				expect(x >= w && x <= e && y >= s && y <= n, `${f.properties.name} ${x},${y}`).toBe(true);
				expect(Math.round(x * 1e5) / 1e5).toBe(x);
				expect(Math.round(y * 1e5) / 1e5).toBe(y);
			}
		}
	});

	it('puts every landmark on land, not in the water', () => {
		for (const [name, [lat, lng]] of Object.entries(LANDMARKS)) {
			expect(inWater(lat, lng), name).toEqual([]);
			expect(onLand(lat, lng), name).toBe(true);
		}
	});

	it('puts the Nikolaevsky Bridge point (Aurora) on or right beside the Bolshaya Neva', () => {
		const [lat, lng] = NIKOLAEVSKY;
		expect(distanceToGeometryM(lng, lat, named('Bolshaya Neva').geometry)).toBeLessThanOrEqual(150);
	});

	it('draws bridges across water: ends on land, middle over water', () => {
		for (const f of byKind('bridge')) {
			const line = f.geometry.coordinates as number[][];
			const [ax = NaN, ay = NaN] = line[0] ?? [];
			const [bx = NaN, by = NaN] = line[line.length - 1] ?? [];
			expect(inWater(ay, ax), `${f.properties.name} start`).toEqual([]);
			expect(inWater(by, bx), `${f.properties.name} end`).toEqual([]);
			expect(inWater((ay + by) / 2, (ax + bx) / 2).length, `${f.properties.name} middle`).toBe(1);
		}
	});

	it('gives the Neva real width: 400-700 m between the Winter Palace and the fortress', () => {
		// Walk north from the Winter Palace embankment along 30.3150 E and measure the water.
		let wet = 0;
		for (let lat = 59.94; lat <= 59.95; lat += 0.00001) {
			if (inWater(lat, 30.315).length > 0) wet += 1;
		}
		const metres = wet * 0.00001 * 111_195;
		expect(metres).toBeGreaterThan(400);
		expect(metres).toBeLessThan(700);
	});
});
