import { describe, expect, it } from 'vitest';
import { featureCandidates, type LabelFeature } from './feature-labels';
import { shownName } from './ink';

/** A plain projection: lng and lat are already pixels. */
const project = (lng: number, lat: number): [number, number] => [lng, lat];
const frame = { left: 0, top: 0, right: 400, bottom: 300 };
const measure = (text: string) => ({ w: text.length * 6, h: 12 });
const feature = (
	properties: Record<string, unknown>,
	type: string,
	coordinates: unknown
): LabelFeature => ({ properties, geometry: { type, coordinates }, minZoom: 11 });
const candidates = (f: LabelFeature) => featureCandidates([f], 14, project, frame, measure);

describe('featureCandidates', () => {
	it('names a bridge too short to carry its name level beside it, when it is in view', () => {
		const bridge = feature({ name: 'Silin Bridge', kind: 'bridge' }, 'LineString', [
			[100, 100],
			[100, 130]
		]);
		const [c] = candidates(bridge);
		expect(c?.options.length).toBe(4);
		expect(c?.options.every((o) => o.angle === 0)).toBe(true);
		// Right of its middle first.
		expect(c?.options[0]?.cx).toBeGreaterThan(100);
		expect(c?.options[0]?.cy).toBe(115);
	});

	it('gives no name to a stub of a long line cut by the frame, nor to a line a few pixels long', () => {
		const stub = feature({ name: 'Nevsky Prospekt', kind: 'street' }, 'LineString', [
			[-500, 10],
			[20, 10]
		]);
		expect(candidates(stub)).toEqual([]);
		const dot = feature({ name: 'Kazansky Bridge', kind: 'bridge' }, 'LineString', [
			[100, 100],
			[100, 110]
		]);
		expect(candidates(dot)).toEqual([]);
	});

	it('sets a square smaller than its name across it; an island keeps its name inside', () => {
		const ring = [
			[100, 100],
			[130, 100],
			[130, 120],
			[100, 120],
			[100, 100]
		];
		const square = feature({ name: 'Alexandrinskaya Square', kind: 'square' }, 'Polygon', [ring]);
		expect(candidates(square)[0]?.options.length).toBe(1);
		const island = feature({ name: 'Zayachy Island', kind: 'island' }, 'Polygon', [ring]);
		expect(candidates(island)).toEqual([]);
	});

	it('offers a district’s name on its point, then a line higher or lower', () => {
		const district = feature({ name: 'Talikkala', kind: 'label' }, 'Point', [200, 150]);
		expect(candidates(district)[0]?.options.map((o) => o.cy)).toEqual([150, 138, 162]);
	});
});

describe('shownName', () => {
	it('drops a bracketed qualifier at the end of a name, and only there', () => {
		expect(shownName({ name: 'Bolshoy Prospekt (Petrograd Side)' })).toBe('Bolshoy Prospekt');
		expect(shownName({ name: ' Talikkala (built-up) ' })).toBe('Talikkala');
		expect(shownName({ name: 'Nikolaevsky Bridge (the Aurora’s mooring) west' })).toBe(
			'Nikolaevsky Bridge (the Aurora’s mooring) west'
		);
	});
});
