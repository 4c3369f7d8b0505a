import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../map/map-data';
import type { Scene } from '../scene/scene';
import type { GeoJSONCollection } from '../story/types';
import { renderStaticMap } from './static-map';

const empty: GeoJSONCollection = { type: 'FeatureCollection', features: [] };
const line = (name: string, kind: string, coords: number[][], extra = {}) => ({
	type: 'Feature' as const,
	properties: { name, kind, ...extra },
	geometry: { type: 'LineString', coordinates: coords }
});

/** A made-up plan: a river, crossing streets, a railway with a station, a name with markup in it. */
const plan: GeoJSONCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { name: 'Bay <of> "Tests" & Co', kind: 'water' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[30.2, 59.9],
						[30.26, 59.9],
						[30.26, 59.93],
						[30.2, 59.93],
						[30.2, 59.9]
					]
				]
			}
		},
		line(
			'Long Prospekt',
			'street',
			[
				[30.27, 59.935],
				[30.36, 59.935]
			],
			{ rank: 1 }
		),
		line('Cross Street', 'street', [
			[30.3, 59.91],
			[30.3, 59.96]
		]),
		// Three short lanes on one line: room for a name above it and one below, not a third.
		...['North Lane', 'South Lane', 'Third Lane'].map((name) =>
			line(name, 'street', [
				[30.32, 59.92],
				[30.34, 59.92]
			])
		),
		line('Finland Railway', 'railway', [
			[30.28, 59.95],
			[30.36, 59.97]
		]),
		{
			type: 'Feature',
			properties: { name: 'Finland Station', kind: 'station' },
			geometry: { type: 'Point', coordinates: [30.33, 59.955] }
		}
	]
};

const scene: Scene = {
	step: 0,
	stepId: 'test',
	view: { kind: 'center', center: [59.935, 30.3], zoom: 13 },
	markers: [
		{ id: 'a', name: 'A <place>', lat: 59.935, lng: 30.3, highlighted: true, kind: 'site' },
		{ id: 'b', name: 'Beside it', lat: 59.9352, lng: 30.3003, highlighted: false, kind: 'site' }
	],
	routes: [],
	layers: [{ id: 'plan', label: 'A plan', minZoom: 11, inView: true }],
	cues: [],
	description: 'A test & its "map"'
};

const data = { land: empty, lakes: empty, rivers: empty, layers: { plan } } as unknown as MapData;

describe('renderStaticMap', () => {
	const svg = renderStaticMap(scene, data, { width: 800, height: 600 });

	it('is well-formed XML with every name escaped', () => {
		expect(() => new Resvg(svg)).not.toThrow();
		expect(svg).toContain('Bay &#60;of&#62; &#34;Tests&#34; &#38; Co');
		expect(svg).toContain('A &#60;place&#62;');
		expect(svg).not.toContain('<place>');
	});

	it('names the features: streets turned along their lines, the station beside its symbol', () => {
		expect(svg).toMatch(/rotate\(-?90\.0\)[^>]*>Cross Street</);
		expect(svg).toContain('>Finland Station<');
		expect(svg).toContain('font-style="italic"');
	});

	it('drops a name that would overlap another: of three lanes on one line, two are named', () => {
		expect(svg).toContain('>Long Prospekt<');
		const lanes = ['North Lane', 'South Lane', 'Third Lane'].filter((n) => svg.includes(`>${n}<`));
		expect(lanes).toEqual(['North Lane', 'South Lane']);
	});

	it('draws one pin for two places on the same spot, the highlighted one', () => {
		expect(svg.match(/<circle[^>]*stroke-width="2"/g)?.length).toBe(1);
	});

	it('has a scale bar in km and versts', () => {
		expect(svg).toMatch(/>\d+ m<|>\d+ km</);
		expect(svg).toMatch(/verst/);
	});
});
