import { describe, expect, it } from 'vitest';
import { Problems } from './errors';
import { checkLayer } from './layers';
import { featureOffsets, lineAt } from './json-offsets';

const REGION = [22, 54, 40, 62] as const;
const good = {
	type: 'Feature',
	properties: { kind: 'station', name: 'Udelnaya', rank: 1, labelZoom: 9 },
	geometry: { type: 'Point', coordinates: [30.316, 60.017] }
};
const line = (coordinates: unknown, kind = 'railway') => ({
	type: 'Feature',
	properties: { kind },
	geometry: { type: 'LineString', coordinates }
});

/** A layer of one good feature, then the bad one, written one feature a line from line 3. */
function layer(bad: unknown): string {
	return `{ "type": "FeatureCollection",\n  "features": [\n    ${JSON.stringify(good)},\n    ${JSON.stringify(bad)}\n  ]\n}\n`;
}

function check(text: string) {
	const problems = new Problems();
	const where = { file: 'stories/s/story.md', line: 8, column: 11 };
	const data = checkLayer(text, 'l.geojson', 'stories/s/l.geojson', where, problems, REGION);
	return { data, list: problems.list };
}

describe('checkLayer: every feature keeps the map-layer contract', () => {
	it('accepts a good layer', () => {
		const { data, list } = check(
			layer(
				line([
					[30.3, 60],
					[30.4, 60.1]
				])
			)
		);
		expect(list).toEqual([]);
		expect(data?.features).toHaveLength(2);
	});

	it.each([
		['a null feature', null, 'features[1]: expected a GeoJSON Feature object, got null'],
		['a list', [1, 2], 'features[1]: expected a GeoJSON Feature object, got a list'],
		[
			'a geometry without a type',
			{ ...good, type: 'Geometry' },
			'features[1]: expected "type": "Feature", got "Geometry"'
		],
		[
			'an unknown geometry',
			{ ...good, geometry: { type: 'Circle', coordinates: [30, 60] } },
			'features[1]: geometry: expected one of Point, LineString, MultiLineString, Polygon, MultiPolygon, got "Circle"'
		],
		[
			'no geometry',
			{ ...good, geometry: null },
			'features[1]: geometry: expected one of Point, LineString, MultiLineString, Polygon, MultiPolygon, got null'
		],
		[
			'string coordinates',
			line([
				['30.3', '60'],
				[30.4, 60.1]
			]),
			'features[1]: expected numbers in the position ["30.3","60"]'
		],
		[
			'a NaN-like coordinate',
			line([
				[30.3, null],
				[30.4, 60.1]
			]),
			'features[1]: expected numbers in the position [30.3,null]'
		],
		[
			'swapped coordinates',
			line([
				[60, 30.3],
				[60.1, 30.4]
			]),
			'features[1]: position [60, 30.3] out of range: expected [longitude −180…180, latitude −90…90]'
		],
		[
			'a latitude out of range',
			line([
				[100, 95],
				[30, 60]
			]),
			'features[1]: position [100, 95] out of range: expected [longitude −180…180, latitude −90…90]'
		],
		[
			'a one-point line',
			line([[30, 60]]),
			'features[1]: LineString coordinates: expected a list of at least 2 positions'
		],
		[
			'an open polygon ring',
			{
				...good,
				properties: { kind: 'water' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[30, 60],
							[30.1, 60],
							[30, 60.1]
						]
					]
				}
			},
			'features[1]: Polygon coordinates: expected a list of at least 4 positions'
		],
		[
			'no kind',
			{ ...good, properties: { name: 'X' } },
			'features[1]: properties.kind missing: expected one of water, land, island, built, park, square, fortress, district, river, canal, street, bridge, railway, wall, border, front, label, station, landmark'
		],
		[
			'no properties',
			{ ...good, properties: null },
			'features[1]: properties.kind missing: expected one of water, land, island, built, park, square, fortress, district, river, canal, street, bridge, railway, wall, border, front, label, station, landmark'
		],
		[
			'an unknown kind',
			line(
				[
					[30, 60],
					[30.1, 60]
				],
				'tramway'
			),
			'features[1]: properties.kind "tramway": expected one of water, land, island, built, park, square, fortress, district, river, canal, street, bridge, railway, wall, border, front, label, station, landmark'
		],
		[
			'a kind of another geometry',
			line(
				[
					[30, 60],
					[30.1, 60]
				],
				'water'
			),
			'features[1]: properties.kind "water" is not drawn as a line (LineString)'
		],
		[
			'rank 4',
			{ ...good, properties: { kind: 'label', rank: 4 } },
			'features[1]: properties.rank 4: expected 1, 2 or 3'
		],
		[
			'labelZoom 25',
			{ ...good, properties: { kind: 'label', labelZoom: 25 } },
			'features[1]: properties.labelZoom 25: expected a zoom from 0 to 19'
		],
		[
			'an unknown style',
			{ ...good, properties: { kind: 'label', style: 'bold' } },
			'features[1]: properties.style "bold": expected one of water, district, region, island'
		],
		[
			'a name that is not text',
			{ ...good, properties: { kind: 'label', name: 7 } },
			'features[1]: properties.name: expected text, got 7'
		]
	])('refuses %s at the line of the feature', (_what, bad, message) => {
		const { data, list } = check(layer(bad));
		expect(data).toBeUndefined();
		expect(list.map((p) => [p.file, p.line, p.column, p.message])).toEqual([
			['stories/s/l.geojson', 4, 5, message]
		]);
		expect(list[0]?.hint).toBeTruthy();
	});

	it('says when latitude and longitude look swapped', () => {
		const { list } = check(
			layer(
				line([
					[60, 30.3],
					[60.1, 30.4]
				])
			)
		);
		expect(list[0]?.hint).toMatch(/swapped/);
	});

	it('reports every bad feature, each at its own line', () => {
		const text = JSON.stringify(
			{ type: 'FeatureCollection', features: [null, good, { ...good, geometry: null }] },
			null,
			2
		);
		const { list } = check(text);
		expect(list.map((p) => [p.line, p.message.slice(0, 12)])).toEqual([
			[4, 'features[0]:'],
			[21, 'features[2]:']
		]);
	});
});

describe('featureOffsets', () => {
	it('finds where each feature starts, past strings with brackets and escapes', () => {
		const text = `{"name": "a [tricky\\" {one}", "x": "features", "y": [0], "features": [ {"a": [1, [2]]}, null ,"x" ], "b": [9]}`;
		const offsets = featureOffsets(text);
		expect(offsets.map((o) => text.slice(o, o + 4))).toEqual(['{"a"', 'null', '"x" ']);
		expect(featureOffsets('{"features": []}')).toEqual([]);
		expect(lineAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
