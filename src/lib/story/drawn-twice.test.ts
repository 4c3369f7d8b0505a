import { describe, expect, it } from 'vitest';
import { Problems } from './errors';
import { checkDrawnTwice, sharedRun } from './drawn-twice';
import type { CalendarDate, GeoJSONCollection, LayerSpec } from './types';

const track: [number, number][] = [
	[28.79, 60.685],
	[28.78, 60.692],
	[28.774, 60.697],
	[28.768, 60.702],
	[28.762, 60.707]
];
const line = (name: string, kind: string, coordinates: [number, number][]) => ({
	type: 'Feature' as const,
	properties: { name, kind },
	geometry: { type: 'LineString', coordinates }
});
const collection = (...features: ReturnType<typeof line>[]): GeoJSONCollection => ({
	type: 'FeatureCollection',
	features
});
const layer = (id: string, data: GeoJSONCollection, extra: Partial<LayerSpec> = {}): LayerSpec => ({
	id,
	file: `${id}.geojson`,
	label: id,
	minZoom: 0,
	auto: true,
	data,
	...extra
});
/** The file as an author writes it: one feature per line, after two lines of header. */
const text = (data: GeoJSONCollection) =>
	'{"type":"FeatureCollection",\n"features":[\n' +
	data.features.map((f) => JSON.stringify(f)).join(',\n') +
	'\n]}\n';

function check(...layers: LayerSpec[]) {
	const files = new Map(layers.map((l) => [l.file, text(l.data!)]));
	const problems = new Problems();
	checkDrawnTwice(layers, (f) => files.get(f), 'stories/x', problems);
	return problems.list;
}

describe('a line drawn twice (stories:check)', () => {
	const region = layer('railways', collection(line('Finland Railway', 'railway', track)));

	it('counts the longest run of vertices within 200 m of the other line', () => {
		// The track runs 31° off north: moved 0.0015° (167 m) south a copy lies ~86 m from it,
		// moved 0.005° (556 m) ~286 m.
		const beside = track.map(([x, y]) => [x, y - 0.0015] as [number, number]);
		const apart = track.map(([x, y]) => [x, y - 0.005] as [number, number]);
		expect(sharedRun(track, track)).toBe(5);
		expect(sharedRun(beside, track)).toBe(5);
		expect(sharedRun(apart, track)).toBe(0);
		expect(sharedRun([track[0]!, [28.7, 60.6], track[2]!], track)).toBe(1);
	});

	it('warns at the copy, in the closer layer, with a hint', () => {
		const plan = layer(
			'plan',
			collection(
				line('Torkkelinkatu', 'street', track),
				line('Railway to Petrograd', 'railway', track.slice(1))
			),
			{ minZoom: 11 }
		);
		const list = check(region, plan);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({
			severity: 'warning',
			file: 'stories/x/plan.geojson',
			line: 4,
			column: 1
		});
		expect(list[0]!.message).toContain(
			'"Railway to Petrograd" runs along `railways`\'s "Finland Railway" (4 points within 200 m)'
		);
		expect(list[0]!.hint).toContain('already draws it: delete it from `plan`');
	});

	it('leaves a line of another kind, a crossing, and layers never shown together alone', () => {
		const crossing = layer(
			'plan',
			collection(line('Branch', 'railway', [track[0]!, [28.9, 60.7], [29, 60.8]])),
			{ minZoom: 11 }
		);
		expect(check(region, crossing)).toEqual([]);
		const d = (month: number, day: number): CalendarDate => ({ year: 1917, month, day });
		const before = layer('before', collection(line('Front', 'front', track)), { to: d(8, 20) });
		const after = layer('after', collection(line('Front', 'front', track)), { from: d(8, 21) });
		expect(check(before, after)).toEqual([]);
		expect(check(before, { ...after, from: d(8, 20) })).toHaveLength(1);
	});
});
