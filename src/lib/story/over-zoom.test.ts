import { describe, expect, it } from 'vitest';
import { detailAt, overZoom, viewZoom } from './over-zoom';
import type { LayerSpec, Place } from './types';

const place = (id: string, lat: number, lng: number, kind: Place['kind'] = 'site'): Place => ({
	id,
	name: id.charAt(0).toUpperCase() + id.slice(1),
	aka: [],
	lat,
	lng,
	kind
});
const places = {
	moscow: place('moscow', 55.75167, 37.61778, 'city'),
	kremlin: place('kremlin', 55.752, 37.6175),
	soviet: place('soviet', 55.7616, 37.6094),
	petrograd: place('petrograd', 59.93917, 30.31556, 'city'),
	helsingfors: place('helsingfors', 60.16952, 24.95253, 'city')
};
const plan = (detail?: number): LayerSpec => ({
	id: 'plan',
	file: 'plan.geojson',
	label: 'Plan',
	minZoom: 11,
	auto: false,
	bbox: [37.5, 55.7, 37.7, 55.8],
	...(detail === undefined ? {} : { detail })
});

describe('the over-zoom warning', () => {
	it('computes the zoom a fit reaches in the desktop map panel, capped by maxZoom', () => {
		const fit = viewZoom({ kind: 'fit', places: ['soviet', 'kremlin'], maxZoom: 15 }, places);
		expect(fit?.zoom).toBe(15);
		const far = viewZoom({ kind: 'fit', places: ['helsingfors', 'petrograd'] }, places);
		// 5.36° of longitude: 488 px at zoom 7, 580 px at 7.25, in 578 px between the paddings.
		expect(far?.zoom).toBe(7);
		const centre = { kind: 'center', center: [55.75, 37.62], zoom: 14 } as const;
		expect(viewZoom(centre, places)).toEqual({ center: [55.75, 37.62], zoom: 14 });
	});

	it('warns when the scene zooms past the basemap and no layer there is closer', () => {
		const step = { view: { kind: 'fit', places: ['soviet', 'kremlin'], maxZoom: 15 } } as const;
		const w = overZoom({ ...step, layers: [] }, places, {});
		expect(w?.[0]).toBe(
			'the scene zooms to 15 over Moscow, but nothing there is drawn closer than 9'
		);
		expect(w?.[1]).toMatch(/maxZoom: 9/);
		expect(overZoom({ ...step, layers: ['plan'] }, places, { plan: plan(13) })?.[0]).toBe(
			'the scene zooms to 15 over Moscow, but nothing there is drawn closer than 13'
		);
		expect(overZoom({ ...step, layers: ['plan'] }, places, { plan: plan(17) })).toBeUndefined();
		// Undeclared detail: the layer is taken at its word.
		expect(overZoom({ ...step, layers: ['plan'] }, places, { plan: plan() })).toBeUndefined();
		// A layer not shown in the step does not count.
		expect(overZoom({ ...step, layers: [] }, places, { plan: plan(17) })).toBeDefined();
	});

	it('counts a layer only where it draws and from its minZoom', () => {
		const layers = [plan(17)];
		expect(detailAt([55.75, 37.62], 15, layers, [], 9)).toBe(17);
		expect(detailAt([59.9, 30.3], 15, layers, [], 9)).toBe(9);
		expect(detailAt([55.75, 37.62], 10, layers, [], 9)).toBe(9);
		const box = { name: 'Neva', bbox: [30, 59.8, 30.6, 60.1] as const, detail: 14 };
		expect(detailAt([59.9, 30.3], 15, layers, [box], 9)).toBe(14);
	});

	it('leaves a regional scene alone', () => {
		const step = {
			view: { kind: 'fit', places: ['helsingfors', 'petrograd'] },
			layers: []
		} as const;
		expect(overZoom(step, places, {})).toBeUndefined();
	});
});
