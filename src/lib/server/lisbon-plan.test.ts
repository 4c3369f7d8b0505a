import { describe, expect, it } from 'vitest';
import { pointInGeometry } from './planar';
import { contractProblems, frameAt, namesInFrame, positions, type Plan } from './plan-view';
import { storyFolder } from './story-folder';

const { read, places: gazetteer, centred: CENTRED } = storyFolder('lisbon-1755');
const text = read('riverfront.geojson');
const plan = JSON.parse(text) as Plan;
const MIN_ZOOM = 12;
const places = Object.entries(gazetteer);
const tagus = plan.features.find(
	(f) => f.properties.name === 'Tagus' && f.properties.kind === 'water'
);
const inTagus = (lng: number, lat: number): boolean =>
	tagus !== undefined && pointInGeometry(lng, lat, tagus.geometry);
const kindOf = (name: string): string | undefined =>
	plan.features.find((f) => f.properties.name === name)?.properties.kind;

describe('the schematic plan of Lisbon in 1755', () => {
	it('is small: under 24 KB', () => {
		expect(Buffer.byteLength(text)).toBeLessThan(24_000);
	});

	it('keeps the map-layer contract', () => {
		expect(plan.features.length).toBeGreaterThan(40);
		expect(contractProblems(plan)).toEqual([]);
	});

	it.each([
		['Tagus', 'water'],
		['Terreiro do Paço', 'square'],
		['Rossio', 'square'],
		['Ribeira Palace', 'landmark'],
		['Castle of São Jorge', 'fortress'],
		['Rua Nova dos Mercadores', 'street'],
		['Fernandine Wall', 'wall'],
		['Baixa', 'label'],
		['Alfama', 'label'],
		['Bairro Alto', 'label'],
		['Jerónimos Monastery', 'landmark']
	])('has %s (%s)', (name, kind) => {
		expect(kindOf(name)).toBe(kind);
	});

	it('draws the lower town as a pattern of lanes, not a blank', () => {
		const lanes = plan.features.filter(
			(f) => f.properties.kind === 'street' && f.properties.name === undefined
		);
		expect(lanes.length).toBeGreaterThanOrEqual(6);
	});

	it('keeps every gazetteer place on dry land', () => {
		for (const [id, p] of places) expect(inTagus(p.lng, p.lat), id).toBe(false);
	});

	it('puts the Terreiro do Paço and the Rossio squares round their pins', () => {
		for (const [id, name] of [
			['terreiro-do-paco', 'Terreiro do Paço'],
			['rossio', 'Rossio']
		] as const) {
			const p = places.find(([k]) => k === id)?.[1];
			const f = plan.features.find((g) => g.properties.name === name);
			if (!p || !f) throw new Error(`no ${id}`);
			expect(pointInGeometry(p.lng, p.lat, f.geometry), id).toBe(true);
		}
	});

	it('runs the shore of 1755 inland of today’s at the Aterro (Cais do Sodré to Santos)', () => {
		// Today's quay at Santos lies near 38.7045 N; the river came up to the Boavista in 1755.
		expect(inTagus(-9.152, 38.7055)).toBe(true);
		expect(inTagus(-9.152, 38.708)).toBe(false);
	});

	it('keeps streets, squares, the castle and the wall off the river', () => {
		for (const f of plan.features) {
			if (!['street', 'square', 'fortress', 'wall', 'built'].includes(f.properties.kind)) continue;
			for (const [x = NaN, y = NaN] of positions(f.geometry.coordinates)) {
				expect(inTagus(x, y), `${f.properties.name ?? f.properties.kind} ${x},${y}`).toBe(false);
			}
		}
	});

	it.each(places.map(([id, p]) => [id, p] as const))(
		'shows at least six names at zoom 15 (1280×800) centred on %s',
		(id, p) => {
			const names = namesInFrame(plan, frameAt(p.lng, p.lat, 15), 15, MIN_ZOOM);
			expect(names.length, `${id}: ${names.join(', ')}`).toBeGreaterThanOrEqual(6);
		}
	);

	it('finds the centred scenes in story.md', () => {
		expect(CENTRED.length).toBeGreaterThanOrEqual(3);
	});

	it.each(CENTRED)('shows at least six names in the scene centred on %s at zoom %s', (id, zoom) => {
		const p = places.find(([k]) => k === id)?.[1];
		if (!p) throw new Error(`no place ${id}`);
		for (const [w, h] of [
			[1280, 800],
			[390, 844]
		] as const) {
			const names = namesInFrame(plan, frameAt(p.lng, p.lat, zoom, w, h), zoom, MIN_ZOOM);
			expect(names.length, `${id} ${w}×${h}: ${names.join(', ')}`).toBeGreaterThanOrEqual(6);
		}
	});
});
